// Small helpers for checking the shape of hand-written JSON, each problem placed by its JSON path.

/**
 * Reports one problem in one file: at a key or JSON path (such as "sections[2].blocks[0].text"), or
 * at the whole file when the key is undefined.
 * @typedef {(key: string | undefined, message: string) => void} Report
 */

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The JSON path one step further: ("sections", 2) → "sections[2]", ("dates", "lastUpdated") →
 * "dates.lastUpdated".
 * @param {string} path
 * @param {string | number} step
 */
export function at(path, step) {
  if (typeof step === 'number') return `${path}[${step}]`;
  return path ? `${path}.${step}` : step;
}

/**
 * Fields the app never reads. Usually a misspelt field, whose content would silently go missing.
 * @param {Record<string, unknown>} object
 * @param {readonly string[]} known
 * @param {string} path
 * @param {string} what  such as "a paragraph block"
 * @param {Report} report
 */
export function reportUnknownFields(object, known, path, what, report) {
  for (const field of Object.keys(object)) {
    if (!known.includes(field)) report(at(path, field), `not a field of ${what}, so never used: remove it, or check its spelling`);
  }
}

/**
 * A field that must hold text. Returns the text, or undefined once the problem is reported.
 * @param {Record<string, unknown>} object
 * @param {string} field
 * @param {string} path
 * @param {string} what  such as "a section"
 * @param {Report} report
 * @returns {string | undefined}
 */
export function requiredText(object, field, path, what, report) {
  const key = at(path, field);
  const value = object[field];
  if (value === undefined) report(key, `missing: ${what} needs "${field}"`);
  else if (typeof value !== 'string') report(key, 'must be text in quotes');
  else if (value.trim() === '') report(key, 'empty');
  else return value;
  return undefined;
}
