// The project's locale folder, source language and reference numbers, shared by the check's
// command line and the Vite plugin.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// I18N_LOCALES_DIR lets a test point the build at a broken fixture to see it refuse.
export const localesDir = resolve(process.env.I18N_LOCALES_DIR ?? 'locales');
export const sourceLanguage = 'nl';

/** @returns {number[]} */
export function referenceNumbers() {
  const data = JSON.parse(readFileSync(resolve('content/vitamine-b12-en-als/references.json'), 'utf8'));
  return data.references.map((/** @type {{ n: number }} */ reference) => reference.n);
}
