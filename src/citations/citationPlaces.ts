import { textKey, type Article } from '@/collection/article';
import { parseCitation } from './parseCitation';

/** Where a source is listed in the reference list: "ref-6", the fragment of its address. */
export function referenceAnchor(n: number): string {
  return `ref-${n}`;
}

export interface CitationPlace {
  /** The DOM id of the citation, language-neutral: "cite-alsAndB12-evidence-2". */
  id: string;
  section: string;
  numbers: number[];
}

/** The id of the n-th citation (from 1) in a paragraph. */
export function citationPlaceId(paragraphKey: string, occurrence: number): string {
  return `cite-${paragraphKey.replace(/^sections\./, '').replaceAll('.', '-')}-${occurrence}`;
}

/** Every place the article cites a source, in reading order, read from one language's text. */
export function citationPlaces(article: Article, textOf: (key: string) => string): CitationPlace[] {
  return article.sections.flatMap(({ id: section, blocks }) =>
    blocks.flatMap((block) => {
      if (block.type !== 'paragraph') return [];
      const key = textKey(section, block.text);
      const citations = [...textOf(key).matchAll(/<cite>([^<]*)<\/cite>/g)];
      return citations.flatMap((citation, index) => {
        const numbers = parseCitation(citation[1] ?? '');
        return numbers ? [{ id: citationPlaceId(key, index + 1), section, numbers }] : [];
      });
    }),
  );
}

/** The places that cite one source: where its backlinks lead. */
export function placesCiting(places: readonly CitationPlace[], referenceNumber: number): CitationPlace[] {
  return places.filter((place) => place.numbers.includes(referenceNumber));
}
