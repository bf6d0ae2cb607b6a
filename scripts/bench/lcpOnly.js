// node scripts/bench/lcpOnly.js: only the LCP comparison of npm run bench, on the build in dist/
// (BENCH_PORT, BENCH_ROUNDS, BENCH_LCP_PAGES and BENCH_THROTTLING=simulate|devtools narrow it).
import os from 'node:os';
import { chromiumPath } from '../chromium.js';
import { compareLcp, describeComparison } from './lcpComparison.js';
import { serveBuild } from './serveBuild.js';

const port = Number(process.env.BENCH_PORT ?? 4178);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const paths = (process.env.BENCH_LCP_PAGES ?? '/nl/vitamine-b12-en-als/').split(',');
const methods = /** @type {import('./lighthouseRuns.js').ThrottlingMethod[]} */ ((process.env.BENCH_THROTTLING ?? 'simulate,devtools').split(','));

const { origin, stop } = await serveBuild('.', port, paths[0] ?? '/');
try {
  for (const throttlingMethod of methods) {
    const comparisons = await compareLcp({ origin, paths, plainPort: port + 1, rounds, throttlingMethod, chromePath: chromiumPath });
    console.log(`load average ${os.loadavg().map((load) => load.toFixed(2)).join(', ')}`);
    for (const comparison of comparisons) for (const line of describeComparison(comparison)) console.log(line);
  }
} finally {
  await stop();
}
