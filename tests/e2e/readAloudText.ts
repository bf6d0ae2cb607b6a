// What the read-aloud player should say for the shipped article, worked out from its content and
// locale files on their own, without the app's code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

type Block = { type: 'paragraph' | 'keyMessage'; text: string } | { type: 'figure'; caption: string } | { type: 'referenceList' };
interface Content {
  introduction: Block[];
  sections: { id: string; blocks: Block[] }[];
  closing: Block[];
}

export const articleId = 'vitamine-b12-en-als';

export function uiText(language: string) {
  return readJson(`locales/${language}/ui.json`) as {
    keyMessage: { label: string };
    readAloud: Record<string, string> & { citation: { single: string; range: string } };
  };
}

/** A text as said: tags dropped, each citation in words after a comma, spaces evened out. */
function asSpoken(marked: string, language: string): string {
  const { citation } = uiText(language).readAloud;
  return marked
    .replace(/\s*<cite>(\d+)(?:[-–](\d+))?<\/cite>/g, (_match, first: string, last?: string) =>
      last
        ? `, ${citation.range.replace('{{first}}', first).replace('{{last}}', last)}`
        : `, ${citation.single.replace('{{number}}', first)}`,
    )
    .replace(/<\/?(?:link|em)>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The article's text in reading order as the player says it, from `fromSection` on (null: from the
 * title): title, lead, introduction, each section's heading, paragraphs, figure caption and key
 * message (after its label), and the closing; not the reference list.
 */
export function expectedSpeech(language: string, fromSection: string | null = null): string {
  const content = readJson(`content/${articleId}/article.json`) as Content;
  const texts = readJson(`locales/${language}/${articleId}.json`);
  const text = (section: string | null, key: string): string => (section ? texts.sections[section][key] : texts[key]);
  const blockTexts = (section: string | null, block: Block): string[] => {
    switch (block.type) {
      case 'paragraph':
        return [text(section, block.text)];
      case 'figure':
        return [text(section, block.caption)];
      case 'keyMessage':
        return [uiText(language).keyMessage.label, text(section, block.text)];
      case 'referenceList':
        return [];
    }
  };
  const sections = content.sections
    .filter((section) => section.blocks.some((block) => block.type !== 'referenceList'))
    .map((section) => [text(section.id, 'heading'), ...section.blocks.flatMap((block) => blockTexts(section.id, block))]);
  const start = [texts.title, texts.lead, ...content.introduction.flatMap((block) => blockTexts(null, block))];
  const fromIndex = fromSection === null ? 0 : content.sections.findIndex((section) => section.id === fromSection);
  const parts = [
    ...(fromSection === null ? start : []),
    ...sections.slice(fromIndex).flat(),
    ...content.closing.flatMap((block) => blockTexts(null, block)),
  ];
  return parts.map((part) => asSpoken(part, language)).join(' ');
}
