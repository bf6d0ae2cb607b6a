// What a translation's markup means: its {{placeholders}}, its named tags, and its citations.
import { namedTags } from '../../src/i18n/namedTagNames.js';

export { namedTags };
export { parseCitation } from '../../src/citations/parseCitation.js';

/** @param {string} text */
export function placeholdersOf(text) {
  return [...new Set([...text.matchAll(/{{\s*([^,}\s]+)[^}]*}}/g)].map((match) => match[1] ?? ''))].sort();
}

/**
 * The tags in order, each as { name, closing }.
 * @param {string} text
 */
export function tagsOf(text) {
  return [...text.matchAll(/<\s*(\/?)\s*([A-Za-z][\w-]*)[^>]*>/g)].map((match) => ({
    name: match[2] ?? '',
    closing: match[1] === '/',
  }));
}

/**
 * Problems with the tags of one string, on its own: unknown tags, and tags that do not pair up.
 * @param {string} text
 * @returns {string[]}
 */
export function tagProblems(text) {
  const problems = [];
  /** @type {string[]} */
  const open = [];
  for (const { name, closing } of tagsOf(text)) {
    if (!(/** @type {readonly string[]} */ (namedTags)).includes(name)) {
      problems.push(`unknown tag <${name}>: only ${namedTags.map((tag) => `<${tag}>`).join(', ')} may be used`);
      continue;
    }
    if (!closing) open.push(name);
    else if (open.at(-1) === name) open.pop();
    else problems.push(`</${name}> closes a tag that is not open`);
  }
  for (const name of open) problems.push(`<${name}> is never closed with </${name}>`);
  return problems;
}

/**
 * How often each named tag opens, as "<em>×1, <link>×1", for comparing with the source. Citations
 * are left out: a translation may join or split them, so long as it cites the same sources.
 * @param {string} text
 */
export function tagCounts(text) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const { name, closing } of tagsOf(text)) {
    if (closing || name === 'cite' || !(/** @type {readonly string[]} */ (namedTags)).includes(name)) continue;
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => `<${name}>×${count}`)
    .join(', ');
}

/** @param {string} text */
export function citationsOf(text) {
  return [...text.matchAll(/<cite>([^<]*)<\/cite>/g)].map((match) => match[1] ?? '');
}
