declare const __SITE_ORIGIN__: string;

/** Where the site is served from, fixed at build time (see scripts/siteOrigin.js). */
export const siteOrigin: string = __SITE_ORIGIN__;
