// Plain JavaScript, so the locale check (scripts/i18n) reads citations exactly as the app does.

/**
 * Reads the inside of a <cite> tag: "6" or a range "2-4" (hyphen or en dash).
 * Returns the cited reference numbers, or null when the text is not a citation we understand.
 * @param {string} text
 * @returns {number[] | null}
 */
export function parseCitation(text) {
  const match = /^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$/.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (first < 1 || last < first) return null;
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}
