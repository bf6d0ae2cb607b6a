// The addresses an article's <link> texts lead to. They sit in article.json, not in the
// translations, so that no language can send its readers somewhere else.
import { isObject } from './jsonShape.js';

/** @param {string} text */
function isWebAddress(text) {
  if (text !== text.trim()) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Returns the names a paragraph may link by: every entry, even one whose address is reported, so
 * that a bad address is reported once and not again at each paragraph using it.
 * @param {unknown} links
 * @param {import('./jsonShape.js').Report} report
 * @returns {string[]}
 */
export function checkLinks(links, report) {
  if (links === undefined) {
    report('links', 'missing: every article needs "links", { } if it has none');
    return [];
  }
  if (!isObject(links)) {
    report('links', 'must be an object of names and web addresses: { "name": "https://…" }');
    return [];
  }
  for (const [name, address] of Object.entries(links)) {
    if (typeof address !== 'string' || !isWebAddress(address)) {
      report(`links.${name}`, `${JSON.stringify(address)} is not a web address: write it in full, starting with https://`);
    }
  }
  return Object.keys(links);
}
