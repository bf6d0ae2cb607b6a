// An article's sources (references.json). Citations in the text name a source by its number, so
// the numbers must run 1, 2, 3, … with no gap or repeat, or a citation sends a reader to the wrong
// source.
import { at, isObject, requiredText } from './jsonShape.js';

/**
 * @typedef {import('./readContent.js').ContentArticle} ContentArticle
 * @typedef {import('./jsonShape.js').Report} Report
 */

const optionalTexts = ['volume', 'issue', 'pages', 'doi', 'pmid', 'pmcid', 'articleLanguage', 'kind'];

/**
 * The numbers the article's text may cite, 1 to N, or undefined when its references.json is
 * missing, unreadable or misnumbered: then what the citations mean is unknown, and only the file
 * itself is reported.
 * @param {ContentArticle} article
 * @returns {number[] | undefined}
 */
export function referenceNumbers(article) {
  const file = article.references;
  if (file.status !== 'read') return undefined;
  const { value } = file;
  if (!isObject(value) || !Array.isArray(value.references)) return undefined;
  const numbered = value.references.every((source, index) => isObject(source) && source.n === index + 1);
  return numbered ? value.references.map((_, index) => index + 1) : undefined;
}

/**
 * @param {Record<string, unknown>} source
 * @param {string} path
 * @param {number} expected  the number it must have
 * @param {Report} report
 */
function checkSource(source, path, expected, report) {
  if (source.n !== expected) report(at(path, 'n'), `is ${JSON.stringify(source.n)}, but the sources are numbered 1, 2, 3, … in order: this one is ${expected}`);
  for (const field of ['asPrinted', 'title', 'journal']) requiredText(source, field, path, 'a source', report);
  if (!Array.isArray(source.authors) || !source.authors.every((author) => typeof author === 'string' && author.trim() !== '')) {
    report(at(path, 'authors'), source.authors === undefined ? 'missing: a source needs "authors"' : 'must be a list of names: [ "Surname, A.B.", … ]');
  }
  if (!Number.isInteger(source.year)) {
    report(at(path, 'year'), source.year === undefined ? 'missing: a source needs "year"' : 'must be a year as a number, without quotes: 2011');
  }
  for (const field of optionalTexts) {
    if (source[field] !== undefined && typeof source[field] !== 'string') report(at(path, field), 'must be text in quotes');
  }
}

/**
 * @param {ContentArticle} article
 * @param {Report} report  reports in the article's references.json
 */
export function checkReferences(article, report) {
  if (article.references.status !== 'read') return;
  const { value } = article.references;
  if (!isObject(value) || !Array.isArray(value.references)) {
    report('references', 'must be a list of sources: { "references": [ { "n": 1, "asPrinted": "…", … } ] }');
    return;
  }
  value.references.forEach((source, index) => {
    const path = at('references', index);
    if (isObject(source)) checkSource(source, path, index + 1, report);
    else report(path, 'must be a source: { "n": 1, "asPrinted": "…", "authors": [ … ], "year": 2011, "title": "…", "journal": "…" }');
  });
}
