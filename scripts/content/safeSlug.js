// Slugs and article ids become segments of addresses that people share, so they keep to characters
// that no browser, chat app or mail client escapes or changes.
export const safeSlug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const safeSlugAdvice = 'use lower-case letters a–z, digits and single hyphens';

/** Addresses under a language that are the site's own pages (App.tsx, scripts/prerender.js), not articles. */
export const reservedSlugs = ['offline', '404'];
