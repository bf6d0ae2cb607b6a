// Holds every translated article to the Dutch text it records as its source. A malformed record is a
// problem; an outdated translation is only a warning, since an outdated translation is better than none.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  describeChange,
  readTranslationSources,
  sourcesPath,
  translationFreshness,
} from './translationSources.js';
import { sourcesSuffix } from './localeFileNames.js';

/**
 * @typedef {import('./readLocales.js').Problem} Problem
 * @typedef {import('./readLocales.js').LocaleFile} LocaleFile
 */

/**
 * @param {{ localesDir: string, sourceLanguage: string, languages: readonly string[], files: readonly LocaleFile[],
 *   articleIds: readonly string[], displayRoot: string }} options
 * @returns {{ problems: Problem[], warnings: Problem[] }}
 */
export function checkTranslationSources({ localesDir, sourceLanguage, languages, files, articleIds, displayRoot }) {
  /** @type {Problem[]} */
  const problems = [];
  /** @type {Problem[]} */
  const warnings = [];
  const fileOf = (/** @type {string} */ language, /** @type {string} */ namespace) =>
    files.find((file) => file.language === language && file.namespace === namespace);
  const command = (/** @type {string} */ language, /** @type {string} */ id, /** @type {string[]} */ keys = []) =>
    `npm run i18n:mark-translated -- ${language} ${id}${keys.length > 0 ? ` --keys ${keys.join(',')}` : ''}`;

  for (const language of languages) {
    const recordFiles = readdirSync(join(localesDir, language)).filter((name) => name.endsWith(sourcesSuffix));
    for (const name of recordFiles) {
      const id = name.slice(0, -sourcesSuffix.length);
      const file = relative(displayRoot, join(localesDir, language, name));
      if (language === sourceLanguage) {
        problems.push({ file, message: `${sourceLanguage} is the original, translated from nothing: remove this file` });
      } else if (!articleIds.includes(id) || !fileOf(language, id)) {
        problems.push({ file, message: `no article text ${language}/${id}.json beside it, so it records nothing: remove it` });
      }
    }
    if (language === sourceLanguage) continue;

    for (const id of articleIds) {
      const translation = fileOf(language, id);
      const source = fileOf(sourceLanguage, id);
      // Unreadable text files are reported by the locale check; with no translation there is nothing to hold.
      if (!translation?.values || !source?.values) continue;
      const path = sourcesPath(localesDir, language, id);
      const sourcesFile = relative(displayRoot, path);
      const read = readTranslationSources(path, sourcesFile);
      if (read.status === 'broken') {
        problems.push(...read.problems);
        continue;
      }
      if (read.status === 'absent') {
        warnings.push({
          file: sourcesFile,
          message: `missing: nothing records which Dutch text ${translation.file} was translated from, so no change to the Dutch can be noticed. Once the translation matches the Dutch, run: ${command(language, id)}`,
        });
        continue;
      }
      const { outdated, unrecorded, gone } = translationFreshness({ source: source.values, translation: translation.values, sources: read.sources });
      for (const { key, was, now } of outdated) {
        warnings.push({
          file: translation.file,
          key,
          message: `the Dutch text changed after this was translated: "${describeChange(was, now)}". Update the translation, then run: ${command(language, id, [key])}`,
        });
      }
      if (unrecorded.length > 0) {
        warnings.push({
          file: translation.file,
          key: unrecorded.join(', '),
          message: `translated, but ${sourcesFile} does not record from which Dutch text. Once these match the Dutch, run: ${command(language, id, unrecorded)}`,
        });
      }
      if (gone.length > 0) {
        warnings.push({
          file: sourcesFile,
          key: gone.join(', '),
          message: `no longer in the Dutch text; ${command(language, id)} tidies them away`,
        });
      }
    }
  }
  return { problems, warnings };
}
