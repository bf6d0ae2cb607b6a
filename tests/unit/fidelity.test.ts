import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionBlocks, sectionIds, type Block } from '@/article/articleModel';
import { references } from '@/citations/references';
import { resources, sourceLanguage, supportedLanguages } from '@/i18n/languages';

const seedPath = resolve(__dirname, '../../content/vitamine-b12-en-als/original.nl.txt');

type Texts = Record<string, unknown>;
function text(language: string, path: string): string {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Texts | undefined)?.[key], resources[language]?.article);
  if (typeof value !== 'string') throw new Error(`locales/${language}/article.json has no text at ${path}`);
  return value;
}

/** The string as a reader sees it: tags gone, citations printed as the seed prints them. */
function asRead(marked: string): string {
  return marked.replace(/<cite>([^<]*)<\/cite>/g, '[$1]').replace(/<[^>]*>/g, '');
}

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'keyMessage':
      return [text(sourceLanguage, block.key)];
    case 'figure':
      return [text(sourceLanguage, block.altKey), text(sourceLanguage, block.captionKey)];
    case 'referenceList':
      return references.map((reference) => reference.asPrinted);
    default:
      return block satisfies never;
  }
}

/** Words only: the seed's layout (blank lines, list bullets and numbers) is not the article's text. */
function words(document: string): string[] {
  return document
    .split('\n')
    .map((line) => line.replace(/^\s*(\d+\.|•)\s+/, ''))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
}

describe('the Dutch text', () => {
  it('is the seed, word for word, in the seed’s order', () => {
    expect(existsSync(seedPath), `the seed is expected at ${seedPath}`).toBe(true);
    const article = [
      text(sourceLanguage, 'title'),
      text(sourceLanguage, 'lastUpdated').replace('{{date}}', '12 januari 2023'),
      text(sourceLanguage, 'lead'),
      text(sourceLanguage, 'intro'),
      ...sectionIds.flatMap((id) => [
        text(sourceLanguage, `sections.${id}.heading`),
        ...sectionBlocks[id].flatMap(blockTexts),
      ]),
      text(sourceLanguage, 'author.name'),
      text(sourceLanguage, 'author.role'),
      text(sourceLanguage, 'author.bio'),
      text(sourceLanguage, 'feedback'),
    ]
      .map(asRead)
      .join('\n');
    expect(words(article)).toEqual(words(readFileSync(seedPath, 'utf8')));
  });
});

describe.each(supportedLanguages.filter((language) => language !== sourceLanguage))('the %s translation', (language) => {
  const paragraphKeys = sectionIds.flatMap((id) =>
    sectionBlocks[id].flatMap((block) => (block.kind === 'paragraph' || block.kind === 'keyMessage' ? [block.key] : [])),
  );
  const otherKeys = ['lead', 'intro', 'feedback'] as const;

  it.each([...otherKeys, ...paragraphKeys])('keeps every number and citation of %s', (key) => {
    const numbersIn = (marked: string) => (asRead(marked).match(/\d+/g) ?? []).sort();
    const citationsIn = (marked: string) => marked.match(/<cite>[^<]*<\/cite>/g) ?? [];
    expect(numbersIn(text(language, key))).toEqual(numbersIn(text(sourceLanguage, key)));
    expect(citationsIn(text(language, key))).toEqual(citationsIn(text(sourceLanguage, key)));
  });
});
