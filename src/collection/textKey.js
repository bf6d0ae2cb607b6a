// Plain JavaScript, so that the content check (scripts/content) finds a block's text exactly where
// the app reads it.

/**
 * A block's key in the article's text: inside a section, under that section's own keys.
 * @param {string | null} sectionId
 * @param {string} key
 * @returns {string}
 */
export function textKey(sectionId, key) {
  return sectionId ? `sections.${sectionId}.${key}` : key;
}
