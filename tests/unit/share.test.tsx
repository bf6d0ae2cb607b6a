import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

describe('copy link', () => {
  afterEach(() => vi.restoreAllMocks());

  it('copies the address of a section from beside its heading, and says so', async () => {
    const user = userEvent.setup();
    renderApp('/nl/vitamine-b12-en-als/');
    await user.click(screen.getByRole('button', { name: 'Link naar ‘ALS en vitamine B12’ kopiëren' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/nl/vitamine-b12-en-als/als-en-vitamine-b12`);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link gekopieerd'));
  });

  it('copies the address of one reference', async () => {
    const user = userEvent.setup();
    renderApp('/en/vitamin-b12-and-als/references');
    const entry = document.getElementById('ref-6') as HTMLElement;
    await user.click(within(entry).getByRole('button', { name: 'Copy link to reference 6' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/en/vitamin-b12-and-als/references#ref-6`);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied'));
  });

  it('shows the address to copy by hand when the browser will not copy', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    renderApp('/en/vitamin-b12-and-als/');
    await user.click(screen.getByRole('button', { name: 'Copy link to ‘More information’' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(
      `Copying did not work. The address is: ${window.location.origin}/en/vitamin-b12-and-als/more-information`,
    ));
  });
});

describe('the share button', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands the page’s title and address to the phone’s share sheet', async () => {
    const user = userEvent.setup();
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      renderApp('/nl/vitamine-b12-en-als/meer-informatie');
      await user.click(screen.getByRole('button', { name: 'Delen' }));
      expect(share).toHaveBeenCalledWith({
        title: 'Meer informatie – Vitamine B12 en ALS',
        url: `${window.location.origin}/nl/vitamine-b12-en-als/meer-informatie`,
      });
      // The share sheet confirms by itself; nothing is copied, so nothing is announced.
      await new Promise((frame) => requestAnimationFrame(frame));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('copies the address where there is no share sheet', async () => {
    const user = userEvent.setup();
    renderApp('/en/vitamin-b12-and-als/');
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/en/vitamin-b12-and-als/`);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied'));
  });

  it('is not offered on a not-found page', () => {
    renderApp('/en/nothing-here');
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
  });
});

describe('cite this page', () => {
  it('offers the article’s Vancouver citation with today as the date of access, ready to copy', async () => {
    const user = userEvent.setup();
    vi.setSystemTime(new Date(Date.UTC(2026, 10, 24, 9)));
    try {
      renderApp('/en/vitamin-b12-and-als/references');
      const box = screen.getByRole('complementary', { name: 'Cite this page' });
      const citation =
        'Tazelaar G. Vitamin B12 and ALS [Internet]. Translation of: Vitamine B12 en ALS. Utrecht: ALS Centrum Nederland; ' +
        `2023 [updated 2023 Jan 12; cited 2026 Nov 24]. Available from: ${window.location.origin}/en/vitamin-b12-and-als/`;
      expect(box).toHaveTextContent(citation);
      await user.click(within(box).getByRole('button', { name: 'Copy citation' }));
      expect(await navigator.clipboard.readText()).toBe(citation);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Citation copied'));
    } finally {
      vi.useRealTimers();
    }
  });
});
