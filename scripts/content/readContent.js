// Reads every article folder under content/, keeping unreadable JSON as problems instead of
// stopping at the first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseJson } from '../i18n/readLocales.js';
import { safeSlug, safeSlugAdvice } from './safeSlug.js';

/**
 * @typedef {import('../i18n/readLocales.js').Problem} Problem
 * @typedef {{ status: 'read', value: unknown } | { status: 'absent' | 'unreadable' }} JsonFile
 * @typedef {{
 *   id: string,
 *   dir: string,
 *   displayDir: string,
 *   articleFile: string,
 *   referencesFile: string,
 *   article: JsonFile,
 *   references: JsonFile,
 * }} ContentArticle  paths starting with "display" or ending in "File" are as shown in messages
 */

/**
 * @param {string} path
 * @param {string} file  the path as shown in messages
 * @param {Problem[]} problems
 * @returns {JsonFile}
 */
function readJson(path, file, problems) {
  if (!existsSync(path)) return { status: 'absent' };
  const parsed = parseJson(readFileSync(path, 'utf8'));
  if ('value' in parsed) return { status: 'read', value: parsed.value };
  problems.push({ file, message: parsed.error });
  return { status: 'unreadable' };
}

/**
 * @param {string} contentDir
 * @param {string} displayRoot  paths in messages are relative to this
 * @returns {{ articles: ContentArticle[], problems: Problem[] }}
 */
export function readContent(contentDir, displayRoot = process.cwd()) {
  /** @type {Problem[]} */
  const problems = [];
  if (!existsSync(contentDir)) {
    return { articles: [], problems: [{ file: relative(displayRoot, contentDir), message: 'folder not found' }] };
  }
  const ids = readdirSync(contentDir)
    .filter((entry) => statSync(join(contentDir, entry)).isDirectory())
    .sort();
  const articles = ids.map((id) => {
    const dir = join(contentDir, id);
    const displayDir = relative(displayRoot, dir);
    if (!safeSlug.test(id)) {
      problems.push({ file: displayDir, message: `folder name "${id}" is not a safe article id: ${safeSlugAdvice}` });
    }
    const articleFile = relative(displayRoot, join(dir, 'article.json'));
    const referencesFile = relative(displayRoot, join(dir, 'references.json'));
    const article = readJson(join(dir, 'article.json'), articleFile, problems);
    if (article.status === 'absent') problems.push({ file: articleFile, message: 'file missing: every article folder needs one' });
    const references = readJson(join(dir, 'references.json'), referencesFile, problems);
    if (references.status === 'absent') {
      problems.push({ file: referencesFile, message: 'file missing: every article folder needs one, with "references": [] if the article cites nothing' });
    }
    return { id, dir, displayDir, articleFile, referencesFile, article, references };
  });
  return { articles, problems };
}
