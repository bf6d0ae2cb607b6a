import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

/** Counts the times the page sets <html lang> from here on, to whatever value. */
function watchPageLanguage() {
  let writes = 0;
  const observer = new MutationObserver((records) => {
    writes += records.length;
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return { writes: () => writes + observer.takeRecords().length };
}

describe('the page language on <html>', () => {
  // Setting even the same lang again makes the browser restyle the whole page, as it comes to life.
  it('is left alone when the prerendered page already has it right', () => {
    document.documentElement.lang = 'nl';
    const watch = watchPageLanguage();
    renderApp('/nl/vitamine-b12-en-als/');
    expect(screen.getByRole('heading', { level: 1, name: 'Vitamine B12 en ALS' })).toBeInTheDocument();
    expect(watch.writes()).toBe(0);
  });

  it('follows the reader to another language', async () => {
    document.documentElement.lang = 'nl';
    const watch = watchPageLanguage();
    renderApp('/nl/vitamine-b12-en-als/');
    await act(() => userEvent.click(screen.getByRole('link', { name: /English/ })));
    expect(await screen.findByRole('heading', { level: 1, name: 'Vitamin B12 and ALS' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(watch.writes()).toBe(1);
  });
});
