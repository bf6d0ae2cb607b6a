// Checks every language against the source language and returns every problem at once, each with
// its file and key, plus how complete each translation is. What the articles' texts must hold for
// their content folders (block keys, slugs) is checked in scripts/content/.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { citationsOf, parseCitation, placeholdersOf, tagCounts, tagProblems } from './markup.js';
import { parseJson, readLocales } from './readLocales.js';

/**
 * @typedef {import('./readLocales.js').Problem} Problem
 * @typedef {import('./readLocales.js').LocaleFile} LocaleFile
 * @typedef {{ language: string, keys: number, translated: number, identical: number }} Completeness
 * @typedef {readonly number[] | ((namespace: string) => readonly number[] | undefined)} ReferenceNumbers
 *   the sources a text may cite: the same for every file, or each namespace's own (an article's),
 *   undefined where they are unknown and citations cannot be checked
 */

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * The keys a language must have: the source's, with each plural group in that language's own forms.
 * @param {Map<string, unknown>} source
 * @param {string} language
 */
function expectedKeys(source, language) {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set();
  for (const key of source.keys()) {
    if (pluralSuffix.test(key) && source.has(key.replace(pluralSuffix, '_other'))) {
      for (const form of forms) keys.add(key.replace(pluralSuffix, `_${form}`));
    } else keys.add(key);
  }
  return keys;
}

/** @param {number[]} numbers */
const asSet = (numbers) => [...new Set(numbers)].sort((a, b) => a - b).join(', ') || 'none';

/**
 * @param {string} text
 * @param {readonly number[] | undefined} referenceNumbers  undefined: cite anything
 * @returns {{ cited: number[], problems: string[] }}
 */
function readCitations(text, referenceNumbers) {
  /** @type {number[]} */
  const cited = [];
  const problems = [];
  for (const inside of citationsOf(text)) {
    const numbers = parseCitation(inside);
    if (!numbers) {
      problems.push(`<cite>${inside}</cite> is not a citation: write one number (<cite>6</cite>) or a range (<cite>2-4</cite>)`);
      continue;
    }
    for (const number of numbers) {
      if (!referenceNumbers || referenceNumbers.includes(number)) cited.push(number);
      else problems.push(`<cite>${inside}</cite> cites reference ${number}, which does not exist (there are ${referenceNumbers.length})`);
    }
  }
  return { cited, problems };
}

/**
 * A language may leave out a namespace, such as an article it does not offer, unless the namespace
 * is required (the interface, ui): then every language, the source included, must have it.
 * @param {{
 *   localesDir: string,
 *   sourceLanguage: string,
 *   referenceNumbers: ReferenceNumbers,
 *   requiredNamespaces?: readonly string[],
 *   displayRoot?: string,
 * }} options
 * @returns {{ languages: string[], files: LocaleFile[], problems: Problem[], completeness: Completeness[] }}
 */
export function checkLocales({ localesDir, sourceLanguage, referenceNumbers, requiredNamespaces = ['ui'], displayRoot = process.cwd() }) {
  const { languages, files, problems } = readLocales(localesDir, displayRoot);
  if (!languages.includes(sourceLanguage)) {
    problems.push({ file: relative(displayRoot, join(localesDir, sourceLanguage)), message: `the source language folder "${sourceLanguage}" is missing` });
    return { languages, files, problems, completeness: [] };
  }
  const sourceFiles = files.filter((file) => file.language === sourceLanguage);
  const citable = typeof referenceNumbers === 'function' ? referenceNumbers : () => referenceNumbers;
  /** @type {Completeness[]} */
  const completeness = [];

  for (const language of languages) {
    const row = { language, keys: 0, translated: 0, identical: 0 };
    const namespacesHere = new Set(files.filter((file) => file.language === language).map((file) => file.namespace));
    for (const required of requiredNamespaces) {
      if (!namespacesHere.has(required)) {
        const path = relative(displayRoot, join(localesDir, language, `${required}.json`));
        problems.push({ file: path, message: `file missing: every language needs its own ${required}.json` });
      }
    }
    for (const extra of namespacesHere) {
      if (!sourceFiles.some((file) => file.namespace === extra) && !requiredNamespaces.includes(extra)) {
        const file = files.find((candidate) => candidate.language === language && candidate.namespace === extra);
        problems.push({ file: file?.file ?? extra, message: `the source language has no ${extra}.json, so nothing here is used` });
      }
    }
    for (const sourceFile of sourceFiles) {
      const file = files.find((candidate) => candidate.language === language && candidate.namespace === sourceFile.namespace);
      // A missing required file is reported above; any other just means the language lacks it.
      if (!file?.values || !sourceFile.values) continue;
      const path = file.file;
      const references = citable(file.namespace);
      const source = sourceFile.values;
      const values = file.values;
      const expected = expectedKeys(source, language);
      const problem = (/** @type {string} */ key, /** @type {string} */ message) => problems.push({ file: path, key, message });

      for (const key of expected) {
        row.keys += 1;
        if (!values.has(key)) {
          problem(key, 'missing: the Dutch text will be shown here');
          continue;
        }
        const value = values.get(key);
        const sourceValue = source.get(key) ?? source.get(key.replace(pluralSuffix, '_other'));
        if (typeof value !== 'string') {
          problem(key, 'must be text in quotes');
          continue;
        }
        if (value.trim() === '') {
          problem(key, 'empty');
          continue;
        }
        row.translated += 1;
        if (value === sourceValue) row.identical += 1;
        if (typeof sourceValue !== 'string') continue;

        const placeholders = placeholdersOf(value).join(', ');
        const sourcePlaceholders = placeholdersOf(sourceValue).join(', ');
        if (placeholders !== sourcePlaceholders) {
          problem(key, `placeholders differ from Dutch: Dutch has {{${sourcePlaceholders || 'none'}}}, this has {{${placeholders || 'none'}}}`);
        }
        const ownTagProblems = tagProblems(value);
        for (const message of ownTagProblems) problem(key, message);
        if (ownTagProblems.length === 0 && tagCounts(value) !== tagCounts(sourceValue)) {
          problem(key, `tags differ from Dutch: Dutch has ${tagCounts(sourceValue) || 'none'}, this has ${tagCounts(value) || 'none'}`);
        }
        const citations = readCitations(value, references);
        for (const message of citations.problems) problem(key, message);
        if (language !== sourceLanguage && citations.problems.length === 0) {
          const sourceCited = readCitations(sourceValue, references).cited;
          if (asSet(citations.cited) !== asSet(sourceCited)) {
            problem(key, `cites references ${asSet(citations.cited)}, but the Dutch text cites ${asSet(sourceCited)}`);
          }
        }
        if (key === 'language.formattingLocale' && Intl.DateTimeFormat.supportedLocalesOf([value]).length === 0) {
          problem(key, `"${value}" is not a locale this browser knows, such as "en-GB" or "de-DE"`);
        }
      }
      for (const key of values.keys()) {
        if (!expected.has(key)) problem(key, 'not in the Dutch file, so never shown: remove it, or check its spelling');
      }
    }
    if (language !== sourceLanguage) completeness.push(row);
  }
  problems.push(...checkDescriptions(localesDir, sourceFiles, displayRoot));
  return { languages, files, problems, completeness };
}

/**
 * Translators' notes (locales/descriptions.json) must describe keys that exist, or they mislead.
 * @param {string} localesDir
 * @param {LocaleFile[]} sourceFiles
 * @param {string} displayRoot
 * @returns {Problem[]}
 */
function checkDescriptions(localesDir, sourceFiles, displayRoot) {
  const path = join(localesDir, 'descriptions.json');
  if (!existsSync(path)) return [];
  const file = relative(displayRoot, path);
  const parsed = parseJson(readFileSync(path, 'utf8'));
  if ('error' in parsed) return [{ file, message: parsed.error }];
  const descriptions = /** @type {{ descriptions?: Record<string, unknown> }} */ (parsed.value).descriptions ?? {};
  return Object.keys(descriptions).flatMap((id) => {
    const [namespace = '', key = ''] = id.split(':', 2);
    const source = sourceFiles.find((candidate) => candidate.namespace === namespace)?.values;
    return source?.has(key) ? [] : [{ file, key: id, message: 'describes a key the Dutch files do not have' }];
  });
}
