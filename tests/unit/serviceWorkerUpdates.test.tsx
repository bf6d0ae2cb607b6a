import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { isUpdate?: boolean }) => void;

const workbox = vi.hoisted(() => ({
  listeners: new Map<string, Listener>(),
  register: vi.fn(),
  messageSkipWaiting: vi.fn(),
  // What registering comes to. A plain function: a mock's own bookkeeping would handle a rejection.
  outcome: (): Promise<unknown> => Promise.resolve(),
}));

vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(type: string, listener: Listener) {
      workbox.listeners.set(type, listener);
    }
    register() {
      workbox.register();
      return workbox.outcome();
    }
    messageSkipWaiting = workbox.messageSkipWaiting;
  },
}));

vi.stubEnv('DEV', false);
Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });

const { ServiceWorkerUpdates } = await import('@/offline/ServiceWorkerUpdates');

async function renderRegistered() {
  render(
    <MemoryRouter initialEntries={['/nl/vitamine-b12-en-als/']}>
      <ServiceWorkerUpdates />
      <Link to="/nl/vitamine-b12-en-als/meer-informatie">Meer informatie</Link>
    </MemoryRouter>,
  );
  await vi.waitFor(() => expect(workbox.register).toHaveBeenCalled());
}

describe('a new version of the site', () => {
  afterEach(() => {
    workbox.listeners.clear();
    vi.clearAllMocks();
  });

  it('waits while the reader reads, and takes over on their next navigation', async () => {
    await renderRegistered();
    act(() => workbox.listeners.get('waiting')?.({}));
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('link', { name: 'Meer informatie' }));
    expect(workbox.messageSkipWaiting).toHaveBeenCalledOnce();
  });

  it('then loads that address in full, so no page mixes old HTML with new scripts', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    await renderRegistered();
    workbox.listeners.get('controlling')?.({ isUpdate: true });
    expect(reload).toHaveBeenCalledOnce();
  });

  it('lets a browser that refuses the service worker go on with the page, with nothing left unhandled', async () => {
    // Service workers turned off, or a private window.
    workbox.outcome = () => Promise.reject(new Error('Service workers are turned off'));
    const unhandled: unknown[] = [];
    const noteUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', noteUnhandled);
    try {
      await renderRegistered();
      await userEvent.click(screen.getByRole('link', { name: 'Meer informatie' }));
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off('unhandledRejection', noteUnhandled);
      workbox.outcome = () => Promise.resolve();
    }
    expect(unhandled).toEqual([]);
    expect(screen.getByRole('link', { name: 'Meer informatie' })).toBeInTheDocument();
  });

  it('does nothing on navigation when no new version is waiting', async () => {
    await renderRegistered();
    await userEvent.click(screen.getByRole('link', { name: 'Meer informatie' }));
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
  });
});
