// The files the browser fetches its articles and text from, one per article and one per language
// and namespace, so that a page downloads its own article in its own language and nothing more.
import { readFileSync } from 'node:fs';
import { figuresOf } from './readCollection.js';

/**
 * Every data file of the collection, as [address on the site, contents].
 * @param {import('./readCollection.js').Collection} collection
 * @returns {[string, string | Buffer][]}
 */
export function dataFiles(collection) {
  /** @type {[string, string | Buffer][]} */
  const files = [];
  const summaries = collection.articles.map(({ id, translations, formerAddresses, dates }) => ({
    id,
    translations,
    ...(formerAddresses ? { formerAddresses } : {}),
    dates: { lastUpdated: dates.lastUpdated },
  }));
  files.push(['/data/collection.json', JSON.stringify(summaries)]);
  for (const article of collection.articles) {
    files.push([`/data/articles/${article.id}.json`, JSON.stringify(article)]);
    for (const [source, address] of figuresOf(collection, article)) files.push([address, readFileSync(source)]);
  }
  for (const [language, namespaces] of Object.entries(collection.texts)) {
    for (const [namespace, text] of Object.entries(namespaces)) {
      files.push([`/data/locales/${language}/${namespace}.json`, JSON.stringify(text)]);
    }
  }
  return files;
}
