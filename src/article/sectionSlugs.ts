import { resources, sourceLanguage, supportedLanguages } from '@/i18n/languages';
import { sectionIds, type SectionId } from './articleModel';

function slugsOf(language: string): Partial<Record<SectionId, string>> {
  const sections = (resources[language]?.article as { sections?: Record<string, { slug?: unknown }> })
    ?.sections;
  const slugs: Partial<Record<SectionId, string>> = {};
  for (const id of sectionIds) {
    const slug = sections?.[id]?.slug;
    if (typeof slug === 'string' && slug !== '') slugs[id] = slug;
  }
  return slugs;
}

const slugsByLanguage = new Map(supportedLanguages.map((language) => [language, slugsOf(language)]));

/** The section's slug in this language, falling back to the source language's. */
export function sectionSlug(language: string, id: SectionId): string {
  return slugsByLanguage.get(language)?.[id] ?? slugsByLanguage.get(sourceLanguage)?.[id] ?? id;
}

/** Finds a section by its slug in any language, so a Dutch link opened under /en/ still lands. */
export function findSectionBySlug(slug: string): SectionId | undefined {
  const wanted = slug.toLowerCase();
  for (const slugs of slugsByLanguage.values()) {
    for (const id of sectionIds) {
      if (slugs[id] === wanted) return id;
    }
  }
  return undefined;
}

/** Every slug a section answers to, in all languages. */
export function allSlugs(): string[] {
  return [...new Set([...slugsByLanguage.values()].flatMap((slugs) => Object.values(slugs)))];
}
