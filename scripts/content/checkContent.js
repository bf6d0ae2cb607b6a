// Checks every article folder under content/ together with the locale files that hold its words:
// each article.json and references.json, each article's Dutch text against its blocks, which
// locale files belong to no article, and the slugs of every article in every language.
import { join, relative } from 'node:path';
import { checkArticle } from './checkArticle.js';
import { checkArticleText } from './checkArticleText.js';
import { checkReferences, referenceNumbers } from './checkReferences.js';
import { checkSlugs } from './checkSlugs.js';
import { isObject } from './jsonShape.js';

/**
 * @typedef {import('../i18n/readLocales.js').Problem} Problem
 * @typedef {import('../i18n/readLocales.js').LocaleFile} LocaleFile
 * @typedef {import('./readContent.js').ContentArticle} ContentArticle
 * @typedef {import('./checkSlugs.js').SluggedArticle} SluggedArticle
 * @typedef {{
 *   articles: readonly ContentArticle[],
 *   languages: readonly string[],
 *   files: readonly LocaleFile[],
 *   contentDir: string,
 *   localesDir: string,
 *   sourceLanguage: string,
 *   uiNamespace?: string,
 *   displayRoot?: string,
 * }} ContentCheckOptions  articles as readContent read them; languages and files as checkLocales did
 * @typedef {(file: string) => import('./jsonShape.js').Report} ReportIn
 */

/**
 * One article folder and its Dutch text. Returns what the slug check needs of it.
 * @param {ContentArticle} article
 * @param {Required<ContentCheckOptions>} options
 * @param {ReportIn} reportIn
 * @param {ReportIn} warnIn
 * @returns {SluggedArticle}
 */
function checkArticleFolder(article, { files, localesDir, sourceLanguage, displayRoot }, reportIn, warnIn) {
  const dutchFile = relative(displayRoot, join(localesDir, sourceLanguage, `${article.id}.json`));
  const dutch = files.find((file) => file.language === sourceLanguage && file.namespace === article.id);
  if (!dutch) reportIn(dutchFile)(undefined, `file missing: ${article.displayDir} is an article, and every article needs its Dutch text`);
  if (article.article.status !== 'read') return { id: article.id, sectionIds: [], formerAddresses: false };

  const numbers = referenceNumbers(article);
  const { value } = article.article;
  const { sectionIds, usedKeys } = checkArticle(
    value,
    {
      dutch: dutch?.values ?? null,
      dutchFile,
      dir: article.dir,
      displayDir: article.displayDir,
      hasReferences: numbers === undefined || numbers.length > 0,
      warn: warnIn(article.articleFile),
    },
    reportIn(article.articleFile),
  );
  checkReferences(article, reportIn(article.referencesFile));
  // Without readable sections every Dutch section would look unused: better to say nothing.
  if (dutch?.values && sectionIds) {
    checkArticleText({ dutch: dutch.values, articleFile: article.articleFile, sectionIds, usedKeys }, reportIn(dutchFile));
  }
  const formerAddresses = isObject(value) && value.formerAddresses === 'sectionsAtLanguageRoot';
  return { id: article.id, sectionIds: sectionIds ?? [], formerAddresses };
}

/**
 * The site's old addresses (/<language>/<section-slug>) were those of its one article, so only
 * one article can answer at them.
 * @param {readonly ContentArticle[]} articles
 * @param {readonly SluggedArticle[]} slugged  in the same order
 * @param {ReportIn} reportIn
 */
function checkFormerAddresses(articles, slugged, reportIn) {
  const keeping = articles.filter((_, index) => slugged[index]?.formerAddresses);
  const [owner, ...others] = keeping;
  for (const other of others) {
    reportIn(other.articleFile)('formerAddresses', `only one article can keep former addresses, and ${owner?.articleFile} already does`);
  }
}

/**
 * Locale files named after no article folder. One whose Dutch file is missing as well is left to
 * the locale check, which reports it as unused.
 * @param {Required<ContentCheckOptions>} options
 * @param {ReportIn} reportIn
 */
function checkStrayLocaleFiles({ articles, files, contentDir, sourceLanguage, uiNamespace, displayRoot }, reportIn) {
  const articleIds = new Set(articles.map((article) => article.id));
  const sourceNamespaces = new Set(files.filter((file) => file.language === sourceLanguage).map((file) => file.namespace));
  for (const file of files) {
    if (file.namespace === uiNamespace || articleIds.has(file.namespace) || !sourceNamespaces.has(file.namespace)) continue;
    const folder = relative(displayRoot, join(contentDir, file.namespace));
    reportIn(file.file)(undefined, `no article folder ${folder}, so nothing here is used: name the file after an article's folder, or remove it`);
  }
}

/**
 * Problems stop the build; warnings are said, and the build goes on.
 * @param {ContentCheckOptions} options
 * @returns {{ problems: Problem[], warnings: Problem[] }}
 */
export function checkContent(options) {
  const complete = { ...options, uiNamespace: options.uiNamespace ?? 'ui', displayRoot: options.displayRoot ?? process.cwd() };
  /** @type {Problem[]} */
  const problems = [];
  /** @type {Problem[]} */
  const warnings = [];
  const collectingIn = (/** @type {Problem[]} */ findings) => /** @type {ReportIn} */ (file) => (key, message) =>
    findings.push(key === undefined ? { file, message } : { file, key, message });
  const reportIn = collectingIn(problems);
  const slugged = complete.articles.map((article) => checkArticleFolder(article, complete, reportIn, collectingIn(warnings)));
  checkFormerAddresses(complete.articles, slugged, reportIn);
  checkStrayLocaleFiles(complete, reportIn);
  problems.push(...checkSlugs({ languages: complete.languages, files: complete.files, articles: slugged }));
  return { problems, warnings };
}
