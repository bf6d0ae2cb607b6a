// Grows a copy of the project (see projectCopy.js) into a larger collection, to measure how the
// site scales: clones of the shipped article under new ids, in more languages. Nothing it writes is
// meant to be read, and it never touches the project itself. The clones pass the build's check:
// no clone keeps formerAddresses (only one article may), and each clone's slugs carry its number.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Languages to add beyond the shipped ones, each with its own name and date format. */
const addableLanguages = [
  { code: 'de', name: 'Deutsch', formattingLocale: 'de-DE' },
  { code: 'fr', name: 'Français', formattingLocale: 'fr-FR' },
  { code: 'es', name: 'Español', formattingLocale: 'es-ES' },
  { code: 'it', name: 'Italiano', formattingLocale: 'it-IT' },
  { code: 'pl', name: 'Polski', formattingLocale: 'pl-PL' },
  { code: 'sv', name: 'Svenska', formattingLocale: 'sv-SE' },
];
/** The added languages start from the English text, as a translator would. */
const cloneLanguage = 'en';
const sourceLanguage = 'nl';

/** @param {string} path */
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
/** @param {string} path @param {unknown} value */
const writeJson = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** @param {string} folder */
const subfolders = (folder) =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/**
 * The shipped article every clone is made from, and its address in the source language.
 * @param {string} projectDir the project or a copy of it
 * @returns {{ id: string, path: string }}
 */
export function templateArticle(projectDir) {
  const [id] = subfolders(join(projectDir, 'content'));
  if (!id) throw new Error(`No article under ${join(projectDir, 'content')} to clone.`);
  const { slug } = readJson(join(projectDir, 'locales', sourceLanguage, `${id}.json`));
  return { id, path: `/${sourceLanguage}/${slug}/` };
}

/**
 * An article's text with a suffix on its title and on every slug, so that it gets addresses of its own.
 * @param {Record<string, any>} text a locale file of the template article
 * @param {string} suffix
 */
function suffixed(text, suffix) {
  /** @type {Record<string, Record<string, any>>} */
  const sections = text.sections ?? {};
  return {
    ...text,
    title: `${text.title} ${suffix}`,
    slug: `${text.slug}-${suffix}`,
    sections: Object.fromEntries(Object.entries(sections).map(([id, section]) => [id, { ...section, slug: `${section.slug}-${suffix}` }])),
  };
}

/**
 * Turns the copy's collection into `articles` articles in `languages` languages: the shipped
 * article is article 1 and keeps its addresses in the shipped languages, so the same page can be
 * measured in every collection.
 * @param {string} copyDir a copy made by copyProject
 * @param {{ articles: number, languages: number, slugsPerLanguage?: boolean }} size
 *   slugsPerLanguage: the added languages get slugs of their own, as real translations would,
 *   instead of sharing the English ones (the site forwards every other language's slugs)
 */
export function generateCollection(copyDir, { articles, languages, slugsPerLanguage = false }) {
  const contentDir = join(copyDir, 'content');
  const localesDir = join(copyDir, 'locales');
  const template = templateArticle(copyDir).id;
  const shippedLanguages = subfolders(localesDir);
  const added = addableLanguages.filter(({ code }) => !shippedLanguages.includes(code)).slice(0, languages - shippedLanguages.length);
  if (articles < 1 || languages < shippedLanguages.length || shippedLanguages.length + added.length < languages) {
    throw new Error(`Cannot make ${articles} articles in ${languages} languages from ${shippedLanguages.length} shipped languages.`);
  }

  const cloneUi = readJson(join(localesDir, cloneLanguage, 'ui.json'));
  for (const { code, name, formattingLocale } of added) {
    mkdirSync(join(localesDir, code));
    writeJson(join(localesDir, code, 'ui.json'), { ...cloneUi, language: { ...cloneUi.language, name, formattingLocale } });
    const text = readJson(join(localesDir, cloneLanguage, `${template}.json`));
    writeJson(join(localesDir, code, `${template}.json`), slugsPerLanguage ? suffixed(text, code) : text);
  }

  const cloneContent = readJson(join(contentDir, template, 'article.json'));
  delete cloneContent.formerAddresses;
  const allLanguages = [...shippedLanguages, ...added.map(({ code }) => code)];
  const templateTexts = new Map(allLanguages.map((language) => [language, readJson(join(localesDir, language, `${template}.json`))]));
  for (let number = 2; number <= articles; number += 1) {
    const id = `${template}-${number}`;
    cpSync(join(contentDir, template), join(contentDir, id), { recursive: true });
    writeJson(join(contentDir, id, 'article.json'), cloneContent);
    for (const [language, text] of templateTexts) writeJson(join(localesDir, language, `${id}.json`), suffixed(text, String(number)));
  }
}
