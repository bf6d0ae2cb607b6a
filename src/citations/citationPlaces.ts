import { sectionBlocks, sectionIds, type ArticleKey, type SectionId } from '@/article/articleModel';
import { parseCitation } from './parseCitation';

export interface CitationPlace {
  /** The DOM id of the citation, language-neutral: "cite-alsAndB12-evidence-2". */
  id: string;
  section: SectionId;
  numbers: number[];
}

/** The id of the n-th citation (from 1) in a paragraph. */
export function citationPlaceId(paragraphKey: ArticleKey, occurrence: number): string {
  return `cite-${paragraphKey.replace(/^sections\./, '').replaceAll('.', '-')}-${occurrence}`;
}

/** Every place the article cites a source, in reading order, read from one language's text. */
export function citationPlaces(textOf: (key: ArticleKey) => string): CitationPlace[] {
  return sectionIds.flatMap((section) =>
    sectionBlocks[section].flatMap((block) => {
      if (block.kind !== 'paragraph') return [];
      const citations = [...textOf(block.key).matchAll(/<cite>([^<]*)<\/cite>/g)];
      return citations.flatMap((citation, index) => {
        const numbers = parseCitation(citation[1] ?? '');
        return numbers ? [{ id: citationPlaceId(block.key, index + 1), section, numbers }] : [];
      });
    }),
  );
}

/** The places that cite one source: where its backlinks lead. */
export function placesCiting(places: readonly CitationPlace[], referenceNumber: number): CitationPlace[] {
  return places.filter((place) => place.numbers.includes(referenceNumber));
}
