import { describe, expect, it } from 'vitest';
import { articlePath, collectionPath, redirects, resolveArticleAddress, type ArticleEntry } from '@/routing/addresses';
import { shippedCollection } from './renderApp';

const shipped = shippedCollection.articles;

/** An invented second article, in Dutch only. */
const second: ArticleEntry = {
  id: 'tweede',
  translations: { nl: { slug: 'tweede-artikel', title: 'Tweede', lead: '', sections: { one: 'een' } } },
};

describe('the address of an article', () => {
  it('is /<language>/<article>/, and /<language>/<article>/<section> for a section', () => {
    const [article] = shipped;
    if (!article) throw new Error('no article');
    expect(collectionPath('nl')).toBe('/nl/');
    expect(articlePath('nl', article)).toBe('/nl/vitamine-b12-en-als/');
    expect(articlePath('en', article, 'alsAndB12')).toBe('/en/vitamin-b12-and-als/als-and-vitamin-b12');
    expect(articlePath('de', article)).toBe('/de/');
  });
});

describe('what an address shows', () => {
  it.each([
    ['nl', 'vitamine-b12-en-als', undefined, null],
    ['nl', 'vitamine-b12-en-als', 'meer-informatie', 'moreInformation'],
    // Either language's slugs, under either prefix.
    ['en', 'vitamine-b12-en-als', 'meer-informatie', 'moreInformation'],
    ['nl', 'vitamin-b12-and-als', 'references', 'references'],
    // A section address from before the collection: /<language>/<section>.
    ['en', 'are-vitamin-b12-injections-useful-in-als', undefined, 'injections'],
  ])('/%s/%s/%s is the article, at section %s', (language, first, second, section) => {
    const resolved = resolveArticleAddress(shipped, language, first, second);
    expect(resolved).toMatchObject({ kind: 'article', section });
  });

  it('names the article this language lacks, so the page can offer the languages that have it', () => {
    expect(resolveArticleAddress([...shipped, second], 'en', 'tweede-artikel')).toEqual({ kind: 'untranslated', article: second });
  });

  it.each([
    ['nl', 'geen-artikel', undefined],
    ['nl', 'vitamine-b12-en-als', 'geen-sectie'],
    ['nl', 'meer-informatie', 'meer-informatie'],
  ])('/%s/%s/%s is not found', (language, first, second) => {
    expect(resolveArticleAddress(shipped, language, first, second)).toEqual({ kind: 'notFound' });
  });
});

describe('the addresses that lead on to another', () => {
  const shippedRedirects = redirects(shipped, ['nl', 'en']);
  const target = (from: string) => shippedRedirects.find((redirect) => redirect.from === from);

  it('send every former section address to its place in the article, for good', () => {
    expect(target('/nl/als-en-vitamine-b12/')).toEqual({
      from: '/nl/als-en-vitamine-b12/',
      to: '/nl/vitamine-b12-en-als/als-en-vitamine-b12',
      status: 301,
      forwardingPage: true,
    });
    expect(target('/en/meer-informatie/')?.to).toBe('/en/vitamin-b12-and-als/more-information');
  });

  it('send the other language’s slugs to this language’s', () => {
    expect(target('/en/vitamine-b12-en-als/')?.to).toBe('/en/vitamin-b12-and-als/');
    expect(target('/en/vitamin-b12-and-als/bronvermeldingen')?.to).toBe('/en/vitamin-b12-and-als/references');
  });

  it('give a static host a forwarding page for a link opened under the other prefix, not for mixtures', () => {
    expect(target('/en/vitamine-b12-en-als/bronvermeldingen')).toMatchObject({ forwardingPage: true });
    expect(target('/en/vitamin-b12-and-als/bronvermeldingen')).toMatchObject({ forwardingPage: false });
  });

  it('send a language’s start to its only article for now, as the collection can grow', () => {
    expect(target('/nl/')).toEqual({ from: '/nl/', to: '/nl/vitamine-b12-en-als/', status: 302, forwardingPage: true });
    const withSecond = redirects([...shipped, second], ['nl', 'en']);
    expect(withSecond.find((redirect) => redirect.from === '/nl/')).toBeUndefined();
    expect(withSecond.find((redirect) => redirect.from === '/en/')?.to).toBe('/en/vitamin-b12-and-als/');
  });

  it('never send a page’s own address anywhere', () => {
    const pages = shipped.flatMap((article) =>
      Object.keys(article.translations).flatMap((language) => [
        articlePath(language, article),
        ...article.sections.map((section) => articlePath(language, article, section.id)),
      ]),
    );
    expect(shippedRedirects.filter((redirect) => pages.includes(redirect.from))).toEqual([]);
  });
});
