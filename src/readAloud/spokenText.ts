import { parseCitation } from '@/citations/parseCitation';
import { namedTags } from '@/i18n/namedTags';
import { defaultMaxLength, splitLongSentence, splitSentences } from './sentences';

/** One utterance's worth of a text: what the voice says, and what the page shows of it. */
export interface SpokenPiece {
  spoken: string;
  /** The words as on screen (without the citations' marks), to find and highlight them there. */
  shown: string;
}

/** How a citation of sources `numbers` is said: "bron 2", "bronnen 2 tot en met 4". */
export type CitationWords = (numbers: readonly number[]) => string;

// A citation stands in the text as one unbreakable mark while sentences are split, so that it stays
// with the sentence it supports and never ends up alone.
const markOpen = '\uE000';
const markClose = '\uE001';
const markPattern = new RegExp(`\\s*${markOpen}(\\d+)${markClose}`, 'g');
const citePattern = /<cite(?:\s[^>]*)?>(.*?)<\/cite>/g;
const otherTagPattern = new RegExp(`</?(?:${namedTags.filter((tag) => tag !== 'cite').join('|')})(?:\\s[^>]*)?>`, 'g');

/**
 * A translated string with named tags as the reader hears it: tags that only mark words (<link>,
 * <em>) are dropped and their words kept; each citation is said in words, after a pause.
 */
export function spokenPieces(richText: string, citationWords: CitationWords, maxLength = defaultMaxLength): SpokenPiece[] {
  const citations: string[] = [];
  const marked = richText
    .replace(citePattern, (_tag, inside: string) => {
      const numbers = parseCitation(inside);
      // The page shows such a tag's words as they are (see Citation), and so they are said.
      if (!numbers) return inside;
      citations.push(citationWords(numbers));
      return `${markOpen}${citations.length - 1}${markClose}`;
    })
    .replace(otherTagPattern, '')
    .replace(/\s+/g, ' ')
    .trim();

  const spoken = (piece: string) =>
    piece
      .replace(markPattern, (_mark, index: string) => `, ${citations[Number(index)] ?? ''}`)
      .replace(/^,\s*/, '')
      .trim();
  const shown = (piece: string) => piece.replace(markPattern, '').trim();
  const notBeforeMark = (text: string, index: number) => text.charAt(index) !== markOpen;

  return splitSentences(marked)
    .flatMap((sentence) => splitLongSentence(sentence, maxLength, (piece) => spoken(piece).length, notBeforeMark))
    .map((piece) => ({ spoken: spoken(piece), shown: shown(piece) }))
    .filter((piece) => piece.spoken.length > 0);
}
