import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/collection/article';
import { renderApp, shippedCollection } from './renderApp';

describe('an unknown address', () => {
  it.each([
    ['an unknown section', '/nl/bestaat-niet', 'Deze pagina bestaat niet'],
    ['a path too deep', '/en/vitamin-b12-and-als/als-and-vitamin-b12/extra', 'This page does not exist'],
  ])('shows a helpful page for %s, in the language of the address', (_case, path, heading) => {
    renderApp(path);
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('lists the articles of its language, and leads to the other languages', () => {
    renderApp('/en/nope');
    expect(screen.getByRole('link', { name: 'Vitamin B12 and ALS' })).toHaveAttribute('href', '/en/vitamin-b12-and-als/');
    expect(screen.getByText('Last updated on 12 January 2023')).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Nederlands' })).toHaveAttribute('href', '/nl/');
    expect(document.title).toBe('Page not found');
  });

  it('uses the language the page was served in when the address has none we know', () => {
    document.documentElement.lang = 'en';
    renderApp('/fr/article');
    expect(screen.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeInTheDocument();
  });
});

describe('an article this language does not have', () => {
  const dutchOnly: Article = {
    ...structuredClone(shippedCollection.articles[0]!),
    id: 'alleen-nederlands',
    formerAddresses: undefined,
    translations: { nl: { slug: 'alleen-nederlands', title: 'Alleen in het Nederlands', lead: '', sections: {} } },
  };
  const collection = { ...shippedCollection, articles: [...shippedCollection.articles, dutchOnly] };

  it('is not listed in that language', () => {
    renderApp('/en/no-such-page', collection);
    expect(within(screen.getByRole('main')).queryByRole('link', { name: /Alleen in het Nederlands/ })).toBeNull();
  });

  it('answers its addresses there with a not-found page that leads to the languages that have it', () => {
    renderApp('/en/alleen-nederlands/', collection);
    expect(screen.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeInTheDocument();
    expect(screen.getByText('This article has not been translated into English (yet). You can read it in:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alleen in het Nederlands (Nederlands)' })).toHaveAttribute('href', '/nl/alleen-nederlands/');
  });
});
