import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderApp } from './renderApp';

function browserLanguages(languages: string[]) {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
}

describe('the root address', () => {
  afterEach(() => vi.restoreAllMocks());

  it('goes to the saved choice first', async () => {
    window.localStorage.setItem('preferred-language', 'en');
    browserLanguages(['nl-NL']);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vitamin B12 and ALS' })).toBeInTheDocument();
    expect(currentLocation.pathname).toBe('/en/vitamin-b12-and-als/');
  });

  it('ignores a saved value that is not a language we have', async () => {
    window.localStorage.setItem('preferred-language', '<script>alert(1)</script>');
    browserLanguages(['en-GB', 'nl']);
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Vitamin B12 and ALS' });
    expect(currentLocation.pathname).toBe('/en/vitamin-b12-and-als/');
  });

  it('follows the browser’s languages, in order, matching on the primary subtag', async () => {
    browserLanguages(['fr-FR', 'en-US', 'nl']);
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Vitamin B12 and ALS' });
    expect(currentLocation.pathname).toBe('/en/vitamin-b12-and-als/');
  });

  it('falls back to Dutch', async () => {
    browserLanguages(['fr-FR', 'de']);
    renderApp('/');
    await screen.findByRole('navigation', { name: 'Inhoud van dit artikel' });
    expect(currentLocation.pathname).toBe('/nl/vitamine-b12-en-als/');
  });
});
