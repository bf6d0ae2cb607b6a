import type { Resource, ResourceLanguage } from 'i18next';

/** Dutch is the original text; every other language is a translation of it. */
export const sourceLanguage = 'nl';

export const namespaces = ['ui', 'article'] as const;
export type Namespace = (typeof namespaces)[number];

// Languages are the folders under locales/, so adding one needs no code change.
const localeFiles = import.meta.glob<ResourceLanguage>('/locales/*/*.json', {
  eager: true,
  import: 'default',
});

function collectResources(files: Record<string, ResourceLanguage>): Resource {
  const collected: Resource = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /^\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language = '', namespace = ''] = match;
    collected[language] = { ...collected[language], [namespace]: content };
  }
  return collected;
}

export const resources = collectResources(localeFiles);

/** The source language first, then the others in alphabetical order. */
export const supportedLanguages: readonly string[] = Object.keys(resources).sort((a, b) =>
  a === sourceLanguage ? -1 : b === sourceLanguage ? 1 : a.localeCompare(b),
);

export function isSupportedLanguage(candidate: unknown): candidate is string {
  return typeof candidate === 'string' && supportedLanguages.includes(candidate);
}
