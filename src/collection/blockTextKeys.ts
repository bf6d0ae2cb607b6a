import { textKey, type Block } from './article';

/** The strings a block shows, by their full keys in the article's text, in reading order. */
export function blockTextKeys(sectionId: string | null, block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'keyMessage':
      return [textKey(sectionId, block.text)];
    case 'figure':
      return [textKey(sectionId, block.alt), textKey(sectionId, block.caption)];
    case 'referenceList':
      return [];
    default:
      return block satisfies never;
  }
}
