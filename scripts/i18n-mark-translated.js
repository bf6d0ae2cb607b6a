// npm run i18n:mark-translated -- <language> [<article-id> …] [--keys key,key]
// Records which Dutch text each string of a translation now follows: run it once the translation
// matches the Dutch. With --keys, only those strings (the others keep their record); without an
// article id, every article the language has. Writes locales/<language>/<article-id>.sources.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readContent } from './content/readContent.js';
import { checkProject } from './i18n/checkProject.js';
import { formatProblems } from './i18n/formatReport.js';
import { sourcesSuffix } from './i18n/localeFileNames.js';
import { contentDir, localesDir, sourceLanguage } from './i18n/projectSettings.js';
import { flatten } from './i18n/readLocales.js';
import { formatTranslationSources, markTranslated, readTranslationSources, sourcesPath } from './i18n/translationSources.js';

const usage = 'Usage: npm run i18n:mark-translated -- <language> [<article-id> …] [--keys key,key]';
const about =
  'Which Dutch text each string of this translation follows. Written by npm run i18n:mark-translated; do not edit by hand (see TRANSLATING.md).';

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const keysAt = args.indexOf('--keys');
const keys = keysAt >= 0 ? (args[keysAt + 1] ?? '').split(',').map((key) => key.trim()).filter(Boolean) : undefined;
if (keysAt >= 0 && (!keys || keys.length === 0)) fail('--keys needs the keys to mark, separated by commas.');
const [language, ...named] = args.filter((_, index) => keysAt < 0 || (index !== keysAt && index !== keysAt + 1));
if (!language) fail('Name the language of the translation, such as en.');

// Marking records the Dutch as it is, so the Dutch and the translation must first pass the check.
// A broken record of sources is the one thing this command may mend: it writes the record anew.
const { problems, languages } = checkProject({ localesDir, contentDir, sourceLanguage });
const blocking = problems.filter((problem) => !problem.file.endsWith(sourcesSuffix) || keys);
if (blocking.length > 0) fail(`${formatProblems(blocking)}\nMend these first; nothing was marked.`);
if (language === sourceLanguage) fail(`${sourceLanguage} is the original: only translations are marked.`);
if (!languages.includes(language)) fail(`No language "${language}" in ${relative(process.cwd(), localesDir)}/. Languages: ${languages.join(', ')}.`);

const readFlat = (/** @type {string} */ path) => flatten(JSON.parse(readFileSync(path, 'utf8')));
const textPath = (/** @type {string} */ lang, /** @type {string} */ id) => join(localesDir, lang, `${id}.json`);
const articles = readContent(contentDir).articles.map((article) => article.id);
const translated = (/** @type {string} */ id) => existsSync(textPath(language, id));

for (const id of named.length > 0 ? named : articles.filter(translated)) {
  if (!articles.includes(id)) fail(`No article "${id}" in ${relative(process.cwd(), contentDir)}/.`);
  if (!translated(id)) fail(`No translation ${relative(process.cwd(), textPath(language, id))} to mark.`);
  const source = readFlat(textPath(sourceLanguage, id));
  const translation = readFlat(textPath(language, id));
  for (const key of keys ?? []) {
    if (typeof source.get(key) !== 'string') fail(`${sourceLanguage}/${id}.json has no text at "${key}".`);
    if (typeof translation.get(key) !== 'string') fail(`${language}/${id}.json has no text at "${key}": translate it first.`);
  }
  const path = sourcesPath(localesDir, language, id);
  const previous = readTranslationSources(path, path);
  const { dates } = JSON.parse(readFileSync(join(contentDir, id, 'article.json'), 'utf8'));
  const marked = markTranslated({
    source,
    translation,
    previous: previous.status === 'read' ? previous.sources : undefined,
    keys,
    sourceLastUpdated: dates.lastUpdated,
  });
  writeFileSync(path, formatTranslationSources(marked, about));
  const what = keys ? `${keys.length} string${keys.length === 1 ? '' : 's'}` : 'every string';
  console.log(`${relative(process.cwd(), path)}: marked ${what} as translated from the current Dutch.`);
}
