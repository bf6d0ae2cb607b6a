// Canonical and share addresses, QR codes and the printed address are absolute, so the build must
// know where the site will live. One value for the browser build, the server build and the prerenderer.
export const siteOrigin = (process.env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/$/, '');
