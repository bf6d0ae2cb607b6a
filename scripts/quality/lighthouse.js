// The Lighthouse gate (npm run test:lighthouse): Lighthouse CI on the pages in lighthouserc.json,
// with this machine's Chromium. It fails when a category is under 100 or a budget is exceeded, and
// prints each page's scores and script bytes either way, so a run shows how close it came.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { chromiumPath, standaloneFlags } from '../chromium.js';

const reportsDir = '.lighthouseci/reports';

// Old reports would otherwise be read as this run's.
rmSync('.lighthouseci', { recursive: true, force: true });
const run = spawnSync(
  'npx',
  [
    'lhci',
    'autorun',
    '--config=lighthouserc.json',
    `--collect.chromePath=${chromiumPath}`,
    `--collect.settings.chromeFlags=${standaloneFlags.join(' ')}`,
  ],
  {
    stdio: 'inherit',
  },
);

/** @type {{ url: string, jsonPath: string, summary: Record<string, number> }[]} */
let manifest = [];
try {
  manifest = JSON.parse(readFileSync(`${reportsDir}/manifest.json`, 'utf8'));
} catch {
  console.error('Lighthouse CI wrote no reports; see its output above.');
}
for (const { url, jsonPath, summary } of manifest) {
  const report = JSON.parse(readFileSync(jsonPath, 'utf8'));
  const scripts = report.audits['resource-summary'].details.items.find((/** @type {{ resourceType: string }} */ item) => item.resourceType === 'script');
  const scores = Object.entries(summary).map(([category, score]) => `${category} ${Math.round(score * 100)}`).join(', ');
  console.log(`${new URL(url).pathname}: ${scores}; scripts ${(scripts.transferSize / 1024).toFixed(1)} KiB compressed`);
}
process.exit(run.status ?? 1);
