// The Lighthouse gate (npm run test:lighthouse): Lighthouse CI on the pages in lighthouserc.json,
// with this machine's Chromium, three runs a page. It fails when the median run is under 100 in a
// category or over a budget: one run in several dips a point or two on this machine (a long task a
// few milliseconds longer), and a single run would fail for that alone. Every run's scores and
// script bytes are printed either way, so a run shows how close it came. The CPU slowdown is
// calibrated to the machine (cpuSlowdown.js).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { chromiumPath, standaloneFlags } from '../chromium.js';
import { cpuSlowdownFor, measureBenchmarkIndex, targetBenchmarkIndex } from './cpuSlowdown.js';

const reportsDir = '.lighthouseci/reports';

// Old reports would otherwise be read as this run's.
rmSync('.lighthouseci', { recursive: true, force: true });
const benchmarkIndex = await measureBenchmarkIndex();
const cpuSlowdown = cpuSlowdownFor(benchmarkIndex);
console.log(
  `This machine's benchmark index is ${Math.round(benchmarkIndex)}: a CPU slowdown of ${cpuSlowdown}× emulates ` +
    `Lighthouse's default phone (index ${Math.round(targetBenchmarkIndex)}).`,
);
const run = spawnSync(
  'npx',
  [
    'lhci',
    'autorun',
    '--config=lighthouserc.json',
    `--collect.chromePath=${chromiumPath}`,
    `--collect.settings.chromeFlags=${standaloneFlags.join(' ')}`,
    `--collect.settings.throttling.cpuSlowdownMultiplier=${cpuSlowdown}`,
  ],
  {
    stdio: 'inherit',
  },
);

/** @type {{ url: string, jsonPath: string, isRepresentativeRun: boolean, summary: Record<string, number> }[]} */
let manifest = [];
try {
  manifest = JSON.parse(readFileSync(`${reportsDir}/manifest.json`, 'utf8'));
} catch {
  console.error('Lighthouse CI wrote no reports; see its output above.');
}
for (const { url, jsonPath, isRepresentativeRun, summary } of manifest) {
  const report = JSON.parse(readFileSync(jsonPath, 'utf8'));
  const scripts = report.audits['resource-summary'].details.items.find((/** @type {{ resourceType: string }} */ item) => item.resourceType === 'script');
  const scores = Object.entries(summary).map(([category, score]) => `${category} ${Math.round(score * 100)}`).join(', ');
  const median = isRepresentativeRun ? ' (median run)' : '';
  const index = Math.round(report.environment.benchmarkIndex);
  console.log(`${new URL(url).pathname}${median}: ${scores}; scripts ${(scripts.transferSize / 1024).toFixed(1)} KiB compressed; benchmark index ${index}`);
}
process.exit(run.status ?? 1);
