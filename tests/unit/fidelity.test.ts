import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textKey, type Article, type Block } from '@/collection/article';
import { blockTextKeys } from '@/collection/blockTextKeys';
import { sourceLanguage } from '@/i18n/languages';
import { shippedCollection } from './renderApp';

const originalPath = (id: string) => resolve(__dirname, '../../content', id, 'original.nl.txt');

type Texts = Record<string, unknown>;
function text(language: string, article: Article, path: string): string {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Texts | undefined)?.[key], shippedCollection.texts[language]?.[article.id]);
  if (typeof value !== 'string') throw new Error(`locales/${language}/${article.id}.json has no text at ${path}`);
  return value;
}

/** The string as a reader sees it: tags gone, citations printed as the original prints them. */
function asRead(marked: string): string {
  return marked.replace(/<cite>([^<]*)<\/cite>/g, '[$1]').replace(/<[^>]*>/g, '');
}

/** Every text of the article in reading order, the sources as printed in place of the reference list. */
function readingOrder(article: Article, language: string): string[] {
  const blockTexts = (sectionId: string | null, block: Block) =>
    block.type === 'referenceList'
      ? article.references.map((reference) => reference.asPrinted)
      : blockTextKeys(sectionId, block).map((key) => text(language, article, key));
  return [
    text(language, article, 'title'),
    text(language, article, 'lastUpdated').replace('{{date}}', '12 januari 2023'),
    text(language, article, 'lead'),
    ...article.introduction.flatMap((block) => blockTexts(null, block)),
    ...article.sections.flatMap((section) => [
      text(language, article, textKey(section.id, 'heading')),
      ...section.blocks.flatMap((block) => blockTexts(section.id, block)),
    ]),
    text(language, article, 'author.name'),
    text(language, article, 'author.role'),
    text(language, article, 'author.bio'),
    ...article.closing.flatMap((block) => blockTexts(null, block)),
  ];
}

/** Words only: the original's layout (blank lines, list bullets and numbers) is not the article's text. */
function words(document: string): string[] {
  return document
    .split('\n')
    .map((line) => line.replace(/^\s*(\d+\.|•)\s+/, ''))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
}

const article = shippedCollection.articles.find((candidate) => candidate.id === 'vitamine-b12-en-als');
if (!article) throw new Error('The shipped collection has no article vitamine-b12-en-als.');

describe('the Dutch text', () => {
  it('is the original in the content folder, word for word, in its order', () => {
    const read = readingOrder(article, sourceLanguage).map(asRead).join('\n');
    expect(words(read)).toEqual(words(readFileSync(originalPath(article.id), 'utf8')));
  });
});

describe.each(Object.keys(article.translations).filter((language) => language !== sourceLanguage))(
  'the %s translation',
  (language) => {
    const paragraphKeys = [
      ...article.introduction.flatMap((block) => blockTextKeys(null, block)),
      ...article.sections.flatMap((section) =>
        section.blocks.flatMap((block) => (block.type === 'paragraph' || block.type === 'keyMessage' ? blockTextKeys(section.id, block) : [])),
      ),
      ...article.closing.flatMap((block) => blockTextKeys(null, block)),
    ];

    it.each(['lead', ...paragraphKeys])('keeps every number and citation of %s', (key) => {
      const numbersIn = (marked: string) => (asRead(marked).match(/\d+/g) ?? []).sort();
      const citationsIn = (marked: string) => marked.match(/<cite>[^<]*<\/cite>/g) ?? [];
      expect(numbersIn(text(language, article, key))).toEqual(numbersIn(text(sourceLanguage, article, key)));
      expect(citationsIn(text(language, article, key))).toEqual(citationsIn(text(sourceLanguage, article, key)));
    });
  },
);
