// Plain JavaScript, so the locale check (scripts/i18n) allows exactly the tags the app renders.

/** The markup translators may use inside a string; anything else shows as text. */
export const namedTags = /** @type {const} */ (['cite', 'link', 'em']);
