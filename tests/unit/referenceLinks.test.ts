import { describe, expect, it } from 'vitest';
import { citationPlaces } from '@/citations/citationPlaces';
import { referenceLinks } from '@/citations/referenceLinks';
import type { Reference } from '@/collection/article';
import { shippedArticleText, shippedCollection } from './renderApp';

const article = shippedCollection.articles[0]!;

const base: Reference = { n: 1, asPrinted: '', authors: [], year: 2000, title: 'A title: with, punctuation & more', journal: 'J' };

describe('referenceLinks', () => {
  it('builds DOI, PubMed and PMC links only from the identifiers present', () => {
    expect(referenceLinks({ ...base, doi: '10.1/x', pmid: '123', pmcid: 'PMC9' })).toEqual([
      { kind: 'doi', href: 'https://doi.org/10.1/x' },
      { kind: 'pubmed', href: 'https://pubmed.ncbi.nlm.nih.gov/123/' },
      { kind: 'pmc', href: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9/' },
    ]);
    expect(referenceLinks({ ...base, pmid: '17969354' })).toEqual([
      { kind: 'pubmed', href: 'https://pubmed.ncbi.nlm.nih.gov/17969354/' },
    ]);
  });

  it('falls back to a PubMed search for the exact title', () => {
    const [link] = referenceLinks(base);
    expect(link?.kind).toBe('pubmedSearch');
    expect(new URL(link?.href ?? '').searchParams.get('term')).toBe('"A title: with, punctuation & more"[Title]');
  });

  it('gives every source of the article at least one link', () => {
    for (const reference of article.references) expect(referenceLinks(reference).length).toBeGreaterThan(0);
  });
});

describe('citationPlaces', () => {
  it('finds the six citations, in reading order, with language-neutral ids', () => {
    expect(citationPlaces(article, shippedArticleText('en')).map((place) => [place.id, place.numbers])).toEqual([
      ['cite-alsAndB12-evidence-1', [1]],
      ['cite-alsAndB12-evidence-2', [2, 3, 4]],
      ['cite-alsAndB12-evidence-3', [2]],
      ['cite-injections-studies-1', [5, 6, 7]],
      ['cite-injections-studies-2', [6]],
      ['cite-injections-studies-3', [7]],
    ]);
  });
});
