// The collection part of npm run bench: does a page, the build and its output stay in proportion as
// the collection grows? Builds the shipped collection and a generated one (50 articles in 5
// languages unless BENCH_ARTICLES / BENCH_LANGUAGES say otherwise; BENCH_SLUGS_PER_LANGUAGE=1 gives
// each added language slugs of its own), each in a temporary copy of the project, and prints for both:
//   - an article page's initial JavaScript (goal: the same within 2%)
//   - the build time, per step, and per prerendered page (goal: under 100 ms a page)
//   - the size of dist/ and of the service worker's precache
// On its own, without the minutes of Lighthouse:  node scripts/bench/collectionScale.js
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { measureCollection } from './measureCollection.js';
import { copyProject, removeCopy } from './projectCopy.js';

const port = 4180;
const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (/** @type {number} */ milliseconds) => `${(milliseconds / 1000).toFixed(1)} s`;
const percent = (/** @type {number} */ ratio) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(2)}%`;

/** @param {import('./measureCollection.js').CollectionFigures} figures */
const nameOf = (figures) =>
  `${figures.articles} article${figures.articles === 1 ? '' : 's'} × ${figures.languages} languages${figures.slugsPerLanguage ? ', own slugs' : ''}`;

/** @param {import('./measureCollection.js').CollectionFigures} figures */
function printBuild(figures) {
  console.log(`\nBuild of ${nameOf(figures)}: ${seconds(figures.build.milliseconds)}`);
  for (const step of figures.build.steps) console.log(`  ${seconds(step.milliseconds).padStart(7)}  ${step.command}`);
  const { prerender, precache, size } = figures;
  if (prerender) {
    const written = prerender.pages + prerender.forwardingPages;
    // Forwarding pages are tiny and many (every other language's slugs), so both divisions are shown.
    console.log(
      `  prerender: ${prerender.pages} pages + ${prerender.forwardingPages} forwarding pages; ` +
        `${(prerender.milliseconds / written).toFixed(1)} ms per page written, ` +
        `${(prerender.milliseconds / prerender.pages).toFixed(1)} ms per page without the forwarding ones (goal: under 100 ms)`,
    );
  }
  console.log(`  dist/: ${size.all.files} files, ${kib(size.all.bytes)}; of which the site ${size.site.files} files, ${kib(size.site.bytes)}`);
  console.log(`         Brotli ${size.brotli.files} .br files, ${kib(size.brotli.bytes)}; gzip ${size.gzip.files} .gz files, ${kib(size.gzip.bytes)}`);
  if (precache) console.log(`  service worker precache: ${precache.files} files, ${precache.kibibytes} KiB`);
}

/** @param {import('./measureCollection.js').CollectionFigures[]} collections shipped first */
function printInitialScripts(collections) {
  console.log(`\nInitial JavaScript of an article page (${collections[0]?.pagePath}), cold load until hydrated; Brotli / raw`);
  const width = Math.max(...collections.map((figures) => nameOf(figures).length));
  for (const figures of collections) {
    const { files, brotliBytes, bytes } = figures.scripts;
    console.log(`  ${nameOf(figures).padEnd(width)} ${String(files.length).padStart(2)} files  ${kib(brotliBytes).padStart(10)}  ${kib(bytes).padStart(10)}`);
  }
  const [shipped, grown] = collections;
  if (shipped && grown) {
    const brotliRatio = grown.scripts.brotliBytes / shipped.scripts.brotliBytes;
    const rawRatio = grown.scripts.bytes / shipped.scripts.bytes;
    console.log(`  ratio ${brotliRatio.toFixed(3)} Brotli (${percent(brotliRatio)}), ${rawRatio.toFixed(3)} raw (${percent(rawRatio)})  (goal: within 2%)`);
    printScriptChanges(shipped, grown);
  }
  const later = new Set(collections.flatMap((figures) => figures.scripts.laterFiles.map(withoutHash)));
  if (later.size) console.log(`  not counted, requested once hydrated: ${[...later].join(', ')}`);
}

/** A built file's name without the content hash Vite gives it, e.g. /assets/index-DmHQ.js → index.js. */
const withoutHash = (/** @type {string} */ path) => (path.split('/').pop() ?? path).replace(/-[\w-]{8}\.js$/, '.js');

/**
 * Which of the initial scripts grew or shrank with the collection, to see at once what scales.
 * @param {import('./measureCollection.js').CollectionFigures} shipped
 * @param {import('./measureCollection.js').CollectionFigures} grown
 */
function printScriptChanges(shipped, grown) {
  const before = new Map(shipped.scripts.files.map((file) => [withoutHash(file.path), file]));
  const after = new Map(grown.scripts.files.map((file) => [withoutHash(file.path), file]));
  const signed = (/** @type {number} */ bytes) => `${bytes >= 0 ? '+' : ''}${bytes} B`;
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const brotliChange = (after.get(name)?.brotliBytes ?? 0) - (before.get(name)?.brotliBytes ?? 0);
    const rawChange = (after.get(name)?.bytes ?? 0) - (before.get(name)?.bytes ?? 0);
    if (brotliChange || rawChange) console.log(`  ${name.padEnd(28)} ${signed(brotliChange)} Brotli, ${signed(rawChange)} raw`);
  }
}

export async function printCollectionScale() {
  const articles = Number(process.env.BENCH_ARTICLES ?? 50);
  const languages = Number(process.env.BENCH_LANGUAGES ?? 5);
  const slugsPerLanguage = process.env.BENCH_SLUGS_PER_LANGUAGE === '1';
  // Both copies are taken at once, so that both builds start from the same sources even while
  // someone edits the project during the minutes the builds take.
  const shippedCopy = copyProject('shipped');
  const grownCopy = copyProject(`${articles}x${languages}`);
  /** @type {import('./measureCollection.js').CollectionFigures} */
  let shipped;
  /** @type {import('./measureCollection.js').CollectionFigures} */
  let grown;
  try {
    console.log('Building the shipped collection in a temporary copy…');
    shipped = await measureCollection(shippedCopy, undefined, port);
    console.log(`Building a generated collection of ${articles} articles × ${languages} languages in a temporary copy…`);
    grown = await measureCollection(grownCopy, { articles, languages, slugsPerLanguage }, port);
  } finally {
    removeCopy(shippedCopy);
    removeCopy(grownCopy);
  }
  printInitialScripts([shipped, grown]);
  printBuild(shipped);
  printBuild(grown);
  // Build times are only comparable on a machine that was otherwise idle.
  const [lastMinute = 0, lastFive = 0] = loadavg();
  console.log(`\nMachine: ${availableParallelism()} cores, load average ${lastMinute.toFixed(1)} (last minute), ${lastFive.toFixed(1)} (last 5 minutes)`);
}

if (resolve(process.argv[1] ?? '') === import.meta.filename) await printCollectionScale();
