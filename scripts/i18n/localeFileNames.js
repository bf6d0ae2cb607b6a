// Which files in a language's folder are text, and which record where a translation came from.

export const sourcesSuffix = '.sources.json';

/** A locale file of text (an i18next namespace), as opposed to a translation's record of its sources. */
export const isTextFile = (/** @type {string} */ name) => name.endsWith('.json') && !name.endsWith(sourcesSuffix);
