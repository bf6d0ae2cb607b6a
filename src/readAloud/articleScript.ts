import { textKey, type Article, type Block } from '@/collection/article';
import { spokenPieces, type CitationWords } from './spokenText';

/** One utterance of the article: what is said, what it is on screen, and where it belongs. */
export interface Line {
  spoken: string;
  shown: string;
  /** The section it is in; null for the title, lead and introduction (and what follows the sections). */
  section: string | null;
}

export interface ScriptWords {
  /** The article's text in the page's language, as the article's components read it. */
  text: (key: string) => string;
  citationWords: CitationWords;
  keyMessageLabel: string;
  /** What precedes a source in the reference list: "Bron 3.". */
  referenceLabel: (number: number) => string;
}

function linesOf(pieces: { spoken: string; shown: string }[], section: string | null): Line[] {
  return pieces.map((piece) => ({ ...piece, section }));
}

function blockLines(article: Article, block: Block, section: string | null, words: ScriptWords, withReferences: boolean): Line[] {
  const say = (key: string) => linesOf(spokenPieces(words.text(textKey(section, key)), words.citationWords), section);
  switch (block.type) {
    case 'paragraph':
      return say(block.text);
    case 'figure':
      // The caption, which the page shows; the drawing's alternative text only repeats it.
      return say(block.caption);
    case 'keyMessage':
      return [...linesOf(spokenPieces(words.keyMessageLabel, words.citationWords), section), ...say(block.text)];
    case 'referenceList':
      if (!withReferences) return [];
      return article.references.flatMap((reference) => {
        const [first, ...rest] = linesOf(spokenPieces(reference.asPrinted, words.citationWords), section);
        // The number is said but not shown as text (the list numbers its entries itself).
        return first ? [{ ...first, spoken: `${words.referenceLabel(reference.n)} ${first.spoken}` }, ...rest] : [];
      });
    default:
      return block satisfies never;
  }
}

function hasReferenceList(blocks: readonly Block[]): boolean {
  return blocks.some((block) => block.type === 'referenceList');
}

/**
 * The article as it is read aloud, in reading order: title, lead, introduction, then each section's
 * heading and blocks, then the closing. The reference list, and a section that holds only it, are
 * read only when asked for.
 */
export function articleScript(article: Article, words: ScriptWords, withReferences: boolean): Line[] {
  const text = (key: string) => linesOf(spokenPieces(words.text(key), words.citationWords), null);
  const blocks = (list: readonly Block[], section: string | null) =>
    list.flatMap((block) => blockLines(article, block, section, words, withReferences));
  return [
    ...text('title'),
    ...text('lead'),
    ...blocks(article.introduction, null),
    ...article.sections.flatMap((section) => {
      const onlyReferences = section.blocks.every((block) => block.type === 'referenceList');
      if (!withReferences && hasReferenceList(section.blocks) && onlyReferences) return [];
      return [
        ...linesOf(spokenPieces(words.text(textKey(section.id, 'heading')), words.citationWords), section.id),
        ...blocks(section.blocks, section.id),
      ];
    }),
    ...blocks(article.closing, null),
  ];
}

/** Where reading starts for a section: its heading; for null, the very beginning. */
export function firstLineOf(lines: readonly Line[], section: string | null): number {
  if (section === null) return 0;
  const index = lines.findIndex((line) => line.section === section);
  return Math.max(index, 0);
}
