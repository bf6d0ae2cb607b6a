import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

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

/** The browser's idle callbacks, run when a test says the page has gone quiet. */
const idleCallbacks = new Map<number, () => void>();
function stubIdleCallbacks() {
  let handles = 0;
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
    handles += 1;
    idleCallbacks.set(handles, callback);
    return handles;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idleCallbacks.delete(handle));
}
function pageGoesIdle() {
  const waiting = [...idleCallbacks.values()];
  idleCallbacks.clear();
  for (const callback of waiting) callback();
}

function renderUpdates() {
  render(
    <MemoryRouter initialEntries={['/nl/vitamine-b12-en-als/']}>
      <ServiceWorkerUpdates />
      <Link to="/nl/vitamine-b12-en-als/meer-informatie">Meer informatie</Link>
    </MemoryRouter>,
  );
}

async function renderRegistered() {
  renderUpdates();
  pageGoesIdle();
  await vi.waitFor(() => expect(workbox.register).toHaveBeenCalled());
}

describe('installing the offline copy', () => {
  afterEach(() => {
    // Unmounted while the stand-in idle callbacks are still there to be called off.
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
    vi.clearAllMocks();
  });

  it('waits until the page has come to life and the browser is idle', async () => {
    stubIdleCallbacks();
    renderUpdates();
    // What the page still has to do in its first moments (hydrating, a reader's first taps) goes first.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(workbox.register).not.toHaveBeenCalled();
    pageGoesIdle();
    await vi.waitFor(() => expect(workbox.register).toHaveBeenCalledOnce());
  });

  it('is called off when the reader leaves before the browser was idle', async () => {
    stubIdleCallbacks();
    const { unmount } = render(<MemoryRouter><ServiceWorkerUpdates /></MemoryRouter>);
    unmount();
    expect(idleCallbacks.size).toBe(0);
    pageGoesIdle();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(workbox.register).not.toHaveBeenCalled();
  });

  it('in a browser without idle callbacks (Safari), starts a couple of seconds after the page', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    // Only the clock: faked whole, it would bring idle callbacks of its own.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    renderUpdates();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(workbox.register).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(workbox.register).toHaveBeenCalledOnce();
  });
});

describe('a new version of the site', () => {
  beforeEach(() => {
    stubIdleCallbacks();
  });
  afterEach(() => {
    cleanup();
    workbox.listeners.clear();
    vi.unstubAllGlobals();
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
