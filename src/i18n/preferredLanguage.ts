import { sourceLanguage } from './languages';

const storageKey = 'preferred-language';

function readSavedLanguage(codes: readonly string[]): string | undefined {
  try {
    const saved = window.localStorage.getItem(storageKey);
    return saved !== null && codes.includes(saved) ? saved : undefined;
  } catch {
    // Storage can be blocked (private modes, strict cookie settings); the choice is then not kept.
    return undefined;
  }
}

export function saveLanguage(language: string): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // See readSavedLanguage: not remembering is better than failing the switch.
  }
}

/** The first of the browser's languages we have, matched on the primary subtag ("en-GB" → "en"). */
export function matchBrowserLanguage(browserLanguages: readonly string[], codes: readonly string[]): string | undefined {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary !== undefined && codes.includes(primary)) return primary;
  }
  return undefined;
}

/** The saved choice, then the browser's languages, then the source language. */
export function preferredLanguage(codes: readonly string[]): string {
  return readSavedLanguage(codes) ?? matchBrowserLanguage(navigator.languages ?? [], codes) ?? sourceLanguage;
}
