import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

describe('an unknown address', () => {
  it.each([
    ['an unknown section', '/nl/bestaat-niet', 'Deze pagina bestaat niet'],
    ['a path too deep', '/en/als-and-vitamin-b12/extra', 'This page does not exist'],
  ])('shows a helpful page for %s, in the language of the address', (_case, path, heading) => {
    renderApp(path);
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('offers the article in every language, each link in its own language', () => {
    renderApp('/en/nope');
    expect(screen.getByRole('link', { name: 'Vitamine B12 en ALS (Nederlands)' })).toHaveAttribute('href', '/nl/');
    expect(screen.getByRole('link', { name: 'Vitamin B12 and ALS (English)' })).toHaveAttribute('href', '/en/');
    expect(document.title).toBe('Page not found');
  });

  it('uses the language the page was served in when the address has none we know', () => {
    document.documentElement.lang = 'en';
    renderApp('/fr/article');
    expect(screen.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeInTheDocument();
  });
});
