import type { Resource, ResourceLanguage } from 'i18next';
import { localeFiles } from '@/i18n/localeFiles';

/** Dutch is the original text; every other language is a translation of it. */
export const sourceLanguage = 'nl';

export const namespaces = ['ui', 'article'] as const;
export type Namespace = (typeof namespaces)[number];

function collectResources(files: Record<string, ResourceLanguage>): Resource {
  const collected: Resource = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /\/([^/]+)\/([^/]+)\.json$/.exec(path);
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

/** The locale a language writes dates in ("en-GB"): data from its ui.json, not text to translate. */
export function formattingLocale(language: string): string {
  const ui = (resources[language] ?? resources[sourceLanguage])?.ui as { language?: { formattingLocale?: string } } | undefined;
  return ui?.language?.formattingLocale ?? language;
}
