// Writes dist/sw.js with Workbox: after one visit, every prerendered page (both languages, every
// section) and every asset opens without a network. Runs after prerendering, so the pages exist.
import { generateSW } from 'workbox-build';

/**
 * Precache each page under the address the server answers for it: nl/meer-informatie/index.html is
 * fetched and looked up as /nl/meer-informatie, nl/index.html as /nl/.
 * @param {string} file
 */
function addressOf(file) {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) {
    const folder = file.slice(0, -'/index.html'.length);
    return folder.includes('/') ? `/${folder}` : `/${folder}/`;
  }
  return `/${file}`;
}

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,js,css,svg}'],
  globIgnores: ['sw.js'],
  swDest: 'dist/sw.js',
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
});
for (const warning of warnings) console.warn(warning);
console.log(`Service worker precaches ${count} files (${Math.round(size / 1024)} KiB).`);
