import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

// A fault in one part of the page, as a bug or a bad deployment would cause.
const articleFails = vi.hoisted(() => ({ now: false }));
vi.mock('@/article/ArticleBody', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/article/ArticleBody')>();
  return {
    ...original,
    ArticleBody: (props: Parameters<typeof original.ArticleBody>[0]) => {
      if (articleFails.now) throw new Error('a fault in the article');
      return <original.ArticleBody {...props} />;
    },
  };
});

describe('when the page breaks', () => {
  beforeEach(() => {
    articleFails.now = true;
    // React and the boundary report the fault on the console, as they should; not this test's noise.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    window.history.replaceState(null, '', '/nl/vitamine-b12-en-als/meer-informatie?utm_source=mail#ref-2');
  });
  afterEach(() => {
    articleFails.now = false;
  });

  it('shows what happened and the way on, in Dutch, instead of a blank page', () => {
    renderApp('/nl/vitamine-b12-en-als/meer-informatie');
    const heading = screen.getByRole('heading', { level: 1, name: 'Er ging iets mis' });
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Er ging iets mis');
    // A real address, so it reloads even when scripts are what failed; without the fragment, which
    // would only scroll.
    expect(screen.getByRole('link', { name: 'Deze pagina opnieuw laden' })).toHaveAttribute(
      'href',
      '/nl/vitamine-b12-en-als/meer-informatie?utm_source=mail',
    );
    expect(screen.getByRole('link', { name: 'Naar de artikelen' })).toHaveAttribute('href', '/nl/');
  });

  it('speaks the language of the page', () => {
    renderApp('/en/vitamin-b12-and-als/');
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the articles' })).toHaveAttribute('href', '/en/');
  });

  it('reports the fault on the console for whoever investigates', () => {
    renderApp('/en/vitamin-b12-and-als/');
    expect(console.error).toHaveBeenCalledWith('The page could not be shown:', expect.any(Error), expect.any(String));
  });

  it('leaves a page that works alone', () => {
    articleFails.now = false;
    renderApp('/en/vitamin-b12-and-als/');
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Vitamin B12 and ALS' })).toBeInTheDocument();
  });
});
