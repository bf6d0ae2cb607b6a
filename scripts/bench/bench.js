// npm run bench: builds, then prints the figures our speed promises are about. It asserts nothing;
// the budgets that fail a run are in lighthouserc.json.
//   - Lighthouse LCP of the app against a plain HTML page of the same words (goal: within 10%), under
//     simulated and under DevTools throttling, for an article and a section page in each language
//   - the bytes one page load ships, by kind
//   - interaction latency under a 4× slower CPU (goal: under 100 ms each)
//   - build time
//   - how an article page's initial JavaScript, the build and its output scale from the shipped
//     collection to a generated one of 50 articles in 5 languages (collectionScale.js, which also
//     runs on its own)
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from '../chromium.js';
import { printCollectionScale } from './collectionScale.js';
import { templateArticle } from './generateCollection.js';
import { interactionLatency } from './interactionLatency.js';
import { compareLcp, describeComparison } from './lcpComparison.js';
import { lighthouseRuns, median } from './lighthouseRuns.js';
import { serveBuild } from './serveBuild.js';
import { shippedBytes } from './shippedBytes.js';

// BENCH_PORT and the next: the app and the plain pages, away from the browser tests' ports.
const appPort = Number(process.env.BENCH_PORT ?? 4178);
const plainPort = appPort + 1;
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (/** @type {number} */ value) => `${Math.round(value)} ms`;
// The article's own address: the language's address only forwards to it.
const articlePath = templateArticle('.').path;
// BENCH_LCP_PAGES: addresses separated by commas; by default the article and the section the Lighthouse
// gate opens, in Dutch and in English.
const lcpPages = process.env.BENCH_LCP_PAGES?.split(',') ?? [
  articlePath,
  '/nl/vitamine-b12-en-als/zijn-vitamine-b12-injecties-zinvol-bij-als',
  '/en/vitamin-b12-and-als/',
  '/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als',
];

console.log('Building…');
const buildStart = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
if (build.status !== 0) throw new Error('The build failed; run npm run build to see why.');
const buildTime = performance.now() - buildStart;

const { origin, stop } = await serveBuild('.', appPort, articlePath);
try {
  /** @type {import('./lcpComparison.js').Comparison[]} */
  const comparisons = [];
  for (const throttlingMethod of /** @type {const} */ (['simulate', 'devtools'])) {
    console.log(`Lighthouse (${throttlingMethod} throttling), ${rounds} rounds of each page and its plain page in turn…`);
    comparisons.push(...(await compareLcp({ origin, paths: lcpPages, plainPort, rounds, throttlingMethod, chromePath: chromiumPath })));
  }
  const loadAverage = os.loadavg().map((load) => load.toFixed(2)).join(', ');

  console.log(`Interactions, ${rounds} rounds on a phone with a 4× slower CPU…`);
  const latency = await interactionLatency(origin, rounds, chromiumPath);

  console.log('\nLargest Contentful Paint, app against a plain page of the same words (Lighthouse, mobile)');
  console.log(`  load average during the runs: ${loadAverage} (${os.cpus().length} CPUs)`);
  for (const comparison of comparisons) for (const line of describeComparison(comparison)) console.log(line);

  const appUrl = `${origin}${articlePath}`;
  const reports = await lighthouseRuns([appUrl], 1, chromiumPath);
  const firstReport = reports.get(appUrl)?.[0];
  console.log(`\nShipped bytes, one load of ${articlePath} (compressed as sent, and uncompressed)`);
  for (const row of shippedBytes(firstReport)) {
    console.log(`  ${row.kind.padEnd(12)} ${String(row.requests).padStart(2)} files  ${kib(row.compressed).padStart(10)}  ${kib(row.uncompressed).padStart(10)}`);
  }
  /** @type {string[]} */
  const scriptFiles = firstReport.audits['network-requests'].details.items
    .filter((/** @type {{ resourceType: string }} */ request) => request.resourceType === 'Script')
    .map((/** @type {{ url: string }} */ request) => new URL(request.url).pathname);
  const gzipped = scriptFiles.reduce((total, path) => total + gzipSync(readFileSync(`dist${path}`)).length, 0);
  console.log(`  scripts, gzip instead of Brotli: ${kib(gzipped)} (budget: 120 KiB compressed)`);

  console.log('\nInteraction latency (phone, CPU 4× slower): Event Timing duration / until the result is on screen');
  console.log('  (Event Timing reports nothing under 16 ms; such a round counts as 0 here.)');
  const names = latency[0]?.map((measurement) => measurement.name) ?? [];
  for (const name of names) {
    const runs = latency.map((measurements) => measurements.find((measurement) => measurement.name === name));
    const eventTimings = runs.map((run) => run?.eventTiming ?? 0);
    const shown = runs.map((run) => run?.untilShown ?? 0);
    const eventText = eventTimings.every((value) => value === 0) ? 'under 16 ms' : `median ${ms(median(eventTimings))}, worst ${ms(Math.max(...eventTimings))}`;
    console.log(`  ${name.padEnd(24)} ${eventText} / median ${ms(median(shown))}, worst ${ms(Math.max(...shown))}  (goal: under 100 ms)`);
  }

  console.log(`\nBuild time (npm run build: client, server, prerender, service worker, precompression): ${(buildTime / 1000).toFixed(1)} s`);
} finally {
  await stop();
}

console.log('\nThe collection at scale');
await printCollectionScale();
