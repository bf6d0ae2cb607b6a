// Reads the collection the app shows: every article's content folder and its text in each language.
// The content and locale check (npm run i18n:check, and the build) has already refused anything
// malformed, so this reads without checking again.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isTextFile } from '../i18n/localeFileNames.js';
import { calendarOf } from './calendar.js';
import { withFigureSources } from './figureSources.js';
import { flatten } from '../i18n/readLocales.js';
import { readTranslationSources, sourcesPath, translationFreshness } from '../i18n/translationSources.js';
import { contentDir as projectContent, localesDir as projectLocales, sourceLanguage } from '../i18n/projectSettings.js';

/**
 * @typedef {import('../../src/collection/article').Article} Article
 * @typedef {import('../../src/collection/article').ArticleTranslation} ArticleTranslation
 * @typedef {import('../../src/i18n/languages').LanguageFacts} LanguageFacts
 * @typedef {{
 *   sourceLanguage: string,
 *   languages: Record<string, LanguageFacts>,
 *   articles: Article[],
 *   texts: Record<string, Record<string, Record<string, unknown>>>,
 *   folders: Record<string, string>,
 * }} Collection
 */


/** @param {string} path */
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** @param {string} folder */
const foldersIn = (folder) =>
  existsSync(folder) ? readdirSync(folder).filter((entry) => statSync(join(folder, entry)).isDirectory()).sort() : [];

/** The source language first, then the others in alphabetical order. */
function inOrder(/** @type {string[]} */ languages) {
  return [...languages].sort((a, b) => (a === sourceLanguage ? -1 : b === sourceLanguage ? 1 : a.localeCompare(b)));
}

/**
 * What the address and the lists need of an article in one language.
 * @param {Record<string, any>} text
 * @returns {ArticleTranslation}
 */
function translationOf(text) {
  const sections = /** @type {Record<string, { slug: string }>} */ (text.sections ?? {});
  return {
    slug: text.slug,
    title: text.title,
    lead: text.lead,
    sections: Object.fromEntries(Object.entries(sections).map(([id, section]) => [id, section.slug])),
  };
}

/**
 * @param {{ contentDir?: string, localesDir?: string }} [folders]  the project's own unless given
 * @returns {Collection}
 */
export function readCollection({ contentDir = projectContent, localesDir = projectLocales } = {}) {
  /** @type {Collection['texts']} */
  const texts = {};
  for (const language of foldersIn(localesDir)) {
    for (const file of readdirSync(join(localesDir, language)).filter(isTextFile)) {
      (texts[language] ??= {})[file.slice(0, -'.json'.length)] = readJson(join(localesDir, language, file));
    }
  }
  const languageCodes = inOrder(Object.keys(texts));
  /** @type {Record<string, LanguageFacts>} */
  const languages = {};
  for (const language of languageCodes) {
    const facts = /** @type {{ language: { name: string, formattingLocale: string } }} */ (texts[language]?.ui ?? {}).language;
    languages[language] = { name: facts.name, formattingLocale: facts.formattingLocale, calendar: calendarOf(facts.formattingLocale) };
  }

  /** @type {Article[]} */
  const articles = [];
  /** @type {Record<string, string>} */
  const folders = {};
  for (const id of foldersIn(contentDir)) {
    const content = readJson(join(contentDir, id, 'article.json'));
    const { references } = readJson(join(contentDir, id, 'references.json'));
    /** @type {Record<string, ArticleTranslation>} */
    const translations = {};
    for (const language of languageCodes) {
      const text = texts[language]?.[id];
      if (text) translations[language] = translationOf(/** @type {Record<string, any>} */ (text));
    }
    const folder = join(contentDir, id);
    articles.push({
      id,
      ...withFigureSources(content, id, folder),
      dates: withReviewDue(content.dates),
      references,
      translations,
      translationStatus: translationStatusOf(id, texts, localesDir),
    });
    folders[id] = folder;
  }
  return { sourceLanguage, languages, articles, texts, folders };
}

/**
 * For each translation that records its sources: the day of the Dutch it follows, and the strings
 * whose Dutch changed since.
 * @param {string} id
 * @param {Collection['texts']} texts
 * @param {string} localesDir
 * @returns {NonNullable<Article['translationStatus']>}
 */
function translationStatusOf(id, texts, localesDir) {
  const source = texts[sourceLanguage]?.[id];
  /** @type {NonNullable<Article['translationStatus']>} */
  const status = {};
  for (const [language, namespaces] of Object.entries(texts)) {
    const translation = namespaces[id];
    if (language === sourceLanguage || !translation || !source) continue;
    const path = sourcesPath(localesDir, language, id);
    const read = readTranslationSources(path, path);
    if (read.status !== 'read') continue;
    const { outdated } = translationFreshness({ source: flatten(source), translation: flatten(translation), sources: read.sources });
    status[language] = {
      ...(read.sources.translatedFrom ? { translatedFrom: read.sources.translatedFrom } : {}),
      outdatedKeys: outdated.map(({ key }) => key),
    };
  }
  return status;
}

/**
 * Three years after the last review, as the NHS does, unless the content names another date.
 * @param {{ lastUpdated: string, lastReviewed: string, nextReviewDue?: string }} dates
 */
function withReviewDue(dates) {
  if (dates.nextReviewDue) return { ...dates, nextReviewDue: dates.nextReviewDue };
  const due = new Date(`${dates.lastReviewed}T00:00:00Z`);
  due.setUTCFullYear(due.getUTCFullYear() + 3);
  return { ...dates, nextReviewDue: due.toISOString().slice(0, 10) };
}
