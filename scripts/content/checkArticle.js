// Checks one article.json: its dates, author and links, and the blocks of its introduction,
// sections and closing.
import { checkBlocks } from './checkBlocks.js';
import { checkDates } from './checkDates.js';
import { checkLinks } from './checkLinks.js';
import { checkSections } from './checkSections.js';
import { isObject, reportUnknownFields, requiredText } from './jsonShape.js';

/**
 * @typedef {import('./jsonShape.js').Report} Report
 * @typedef {Omit<import('./checkBlocks.js').BlockContext, 'linkNames'>} ArticleContext
 */

const fields = ['dates', 'author', 'links', 'formerAddresses', 'introduction', 'sections', 'closing'];
const emptyBlockList = '[ ] if there is none';
const formerAddressKinds = ['sectionsAtLanguageRoot'];

/**
 * @param {unknown} author
 * @param {Report} report
 */
function checkAuthor(author, report) {
  if (author === undefined) {
    report('author', 'missing: every article needs "author": { "citationName": "…", "place": "…" }');
  } else if (!isObject(author)) {
    report('author', 'must be an object: { "citationName": "…", "place": "…" }');
  } else {
    reportUnknownFields(author, ['citationName', 'place', 'affiliation'], 'author', '"author"', report);
    requiredText(author, 'citationName', 'author', '"author"', report);
    requiredText(author, 'place', 'author', '"author"', report);
    // Optional: the organisation the author works for, for search engines ("UMC Utrecht").
    if (author.affiliation !== undefined) requiredText(author, 'affiliation', 'author', '"author"', report);
  }
}

/**
 * @param {unknown} article  the parsed article.json
 * @param {ArticleContext} context
 * @param {Report} report
 * @returns {{ sectionIds: string[] | null, usedKeys: Set<string> }}  sectionIds: null when they
 *   cannot be read; usedKeys: the full keys of the article's text that its blocks show
 */
export function checkArticle(article, context, report) {
  /** @type {Set<string>} */
  const usedKeys = new Set();
  if (!isObject(article)) {
    report(undefined, 'must be an object: { "dates": { … }, "author": { … }, "sections": [ … ] }');
    return { sectionIds: null, usedKeys };
  }
  reportUnknownFields(article, fields, '', 'an article', report);
  checkDates(article.dates, report);
  checkAuthor(article.author, report);
  const blockContext = { ...context, linkNames: checkLinks(article.links, report) };
  const former = article.formerAddresses;
  if (former !== undefined && (typeof former !== 'string' || !formerAddressKinds.includes(former))) {
    report('formerAddresses', `${JSON.stringify(former)} is not a kind of former address: use ${formerAddressKinds.map((kind) => `"${kind}"`).join(' or ')}, or leave it out`);
  }
  const blockList = (/** @type {'introduction' | 'closing'} */ field) => {
    const blocks = article[field];
    if (blocks === undefined) report(field, `missing: every article needs "${field}", ${emptyBlockList}`);
    else if (Array.isArray(blocks)) checkBlocks(blocks, field, null, blockContext, report, usedKeys);
    else report(field, 'must be a list of blocks: [ { "type": "paragraph", "text": "…" } ]');
  };
  blockList('introduction');
  const sectionIds = checkSections(article.sections, blockContext, report, usedKeys);
  blockList('closing');
  return { sectionIds, usedKeys };
}
