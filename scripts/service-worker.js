// Writes dist/sw.js with Workbox. It precaches the shell only: the scripts and the styles that come
// with them (scripts/firstPaintStyles.js), the interface text of every language, the list of articles
// and an offline page per language, so the precache does not grow with the collection. Articles are
// cached as they are read (src/offline/saveForOffline.ts), and an address never saved gets the
// offline page in its language, which leads to what was saved.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

const distDir = 'dist';
const languages = readdirSync(distDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(distDir, entry.name, 'offline', 'index.html')))
  .map((entry) => entry.name);

/** @param {string} file */
function addressOf(file) {
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

const { count, size, warnings } = await generateSW({
  globDirectory: distDir,
  globPatterns: ['assets/**/*.{js,css}', 'data/collection.json', 'data/locales/*/ui.json', '*/offline/index.html'],
  swDest: join(distDir, 'sw.js'),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  cleanupOutdatedCaches: true,
  // A new version waits until the reader's next navigation (see src/offline), so one page never
  // mixes old HTML with new scripts.
  skipWaiting: false,
  clientsClaim: true,
  directoryIndex: null,
  // Hashed file names are their own version.
  dontCacheBustURLsMatching: /^\/?assets\//,
  manifestTransforms: [
    async (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: addressOf(entry.url) })), warnings: [] }),
  ],
  runtimeCaching: [
    // Pages: the newest when online; offline, the copy saved when the article was read, or else
    // the offline page in the address's language.
    ...languages.map((language) => ({
      urlPattern: new RegExp(`^https?://[^/]+/${language}/`),
      handler: /** @type {const} */ ('NetworkFirst'),
      method: /** @type {const} */ ('GET'),
      options: {
        cacheName: 'pages',
        networkTimeoutSeconds: 4,
        matchOptions: { ignoreSearch: true },
        precacheFallback: { fallbackURL: `/${language}/offline/` },
      },
    })),
    {
      // An article and its text: the newest when online, since a page's HTML (from the network) must
      // be hydrated with the data it was built from; the saved copy offline.
      urlPattern: /^https?:\/\/[^/]+\/data\/(articles|locales)\//,
      handler: 'NetworkFirst',
      options: { cacheName: 'articles', networkTimeoutSeconds: 4 },
    },
    {
      // Its figures and its pages' QR codes, which no page's markup depends on.
      urlPattern: /^https?:\/\/[^/]+\/(content|qr)\//,
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'articles' },
    },
  ],
});
for (const warning of warnings) console.warn(warning);
console.log(`Service worker precaches ${count} files (${Math.round(size / 1024)} KiB).`);
