import { describe, expect, it } from 'vitest';
import { sectionBlocks, sectionIds } from '@/article/articleModel';
import { allSlugs, findSectionBySlug, sectionSlug } from '@/article/sectionSlugs';
import { resources, sourceLanguage, supportedLanguages } from '@/i18n/languages';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function lookUp(language: string, namespace: string, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      resources[language]?.[namespace],
    );
}

describe('the locales', () => {
  it('are discovered from the locales folder, Dutch first', () => {
    expect(supportedLanguages[0]).toBe('nl');
    expect(supportedLanguages).toContain('en');
  });

  it.each(supportedLanguages.filter((language) => language !== sourceLanguage))(
    '%s has exactly the keys of the Dutch source, none of them empty',
    (language) => {
      for (const namespace of ['ui', 'article']) {
        const sourceKeys = keyPaths(resources[sourceLanguage]?.[namespace]).sort();
        expect(keyPaths(resources[language]?.[namespace]).sort(), `${language}/${namespace}.json`).toEqual(sourceKeys);
        for (const key of sourceKeys) {
          expect(lookUp(language, namespace, key), `${language}/${namespace}.json: ${key}`).not.toBe('');
        }
      }
    },
  );
});

describe('the content model', () => {
  it.each(supportedLanguages)('gives every section a heading and a slug in %s', (language) => {
    for (const id of sectionIds) {
      expect(lookUp(language, 'article', `sections.${id}.heading`)).toEqual(expect.any(String));
      expect(sectionSlug(language, id)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it.each(supportedLanguages)('points every block at text that exists in %s', (language) => {
    for (const id of sectionIds) {
      for (const block of sectionBlocks[id]) {
        const keys =
          block.kind === 'figure' ? [block.altKey, block.captionKey] : 'key' in block ? [block.key] : [];
        for (const key of keys) expect(lookUp(language, 'article', key), key).toEqual(expect.any(String));
      }
    }
  });

  it('finds each section by its slug in any language', () => {
    expect(findSectionBySlug('als-en-vitamine-b12')).toBe('alsAndB12');
    expect(findSectionBySlug('als-and-vitamin-b12')).toBe('alsAndB12');
    expect(findSectionBySlug('ALS-and-Vitamin-B12')).toBe('alsAndB12');
    expect(findSectionBySlug('not-a-section')).toBeUndefined();
  });

  it('never gives two sections the same slug', () => {
    const slugsPerLanguage = supportedLanguages.map((language) => sectionIds.map((id) => sectionSlug(language, id)));
    for (const slugs of slugsPerLanguage) expect(new Set(slugs).size).toBe(sectionIds.length);
    // Across languages a slug may be shared only by the same section.
    for (const slug of allSlugs()) {
      const owners = new Set(
        supportedLanguages.flatMap((language) => sectionIds.filter((id) => sectionSlug(language, id) === slug)),
      );
      expect(owners.size, slug).toBe(1);
    }
  });
});

describe('the Dutch article file', () => {
  it('lists its sections and their texts in reading order, as translators read it', () => {
    const article = resources[sourceLanguage]?.article as { sections: Record<string, Record<string, string>> };
    expect(Object.keys(article.sections)).toEqual([...sectionIds]);
    for (const id of sectionIds) {
      const textKeys = sectionBlocks[id].flatMap((block) =>
        block.kind === 'figure' ? [block.altKey, block.captionKey] : 'key' in block ? [block.key] : [],
      );
      const inFile = Object.keys(article.sections[id] ?? {}).map((key) => `sections.${id}.${key}`);
      expect(inFile.filter((key) => textKeys.includes(key as never))).toEqual(textKeys);
    }
  });
});
