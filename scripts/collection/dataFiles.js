// The files the browser fetches its articles and text from, one per article and one per language
// and namespace, so that a page downloads its own article in its own language and nothing more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figuresOf } from '../../src/collection/figurePath.js';
import { summaryOf } from '../../src/collection/summaryOf.js';

/**
 * Every data file of the collection, as [address on the site, contents].
 * @param {import('./readCollection.js').Collection} collection
 * @returns {[string, string | Buffer][]}
 */
export function dataFiles(collection) {
  /** @type {[string, string | Buffer][]} */
  const files = [];
  files.push(['/data/collection.json', JSON.stringify(collection.articles.map(summaryOf))]);
  for (const article of collection.articles) {
    files.push([`/data/articles/${article.id}.json`, JSON.stringify(article)]);
    for (const { image, path } of figuresOf(article)) files.push([path, readFileSync(join(collection.folders[article.id] ?? '', image))]);
  }
  for (const [language, namespaces] of Object.entries(collection.texts)) {
    for (const [namespace, text] of Object.entries(namespaces)) {
      files.push([`/data/locales/${language}/${namespace}.json`, JSON.stringify(text)]);
    }
  }
  return files;
}
