// The Lighthouse gate (npm run test:lighthouse): Lighthouse on the pages in lighthouserc.json, with
// this machine's Chromium, three runs a page, judged by Lighthouse CI's assertions. It fails when
// the median run is under 100 in a category or over a budget: one run in several dips a point or two
// on this machine (a long task a few milliseconds longer), and a single run would fail for that
// alone. Every run's scores and script bytes are printed either way, so a run shows how close it came,
// and for a run with any blocking time, the long tasks behind it (observedLongTasks.js).
//
// The CPU slowdown is calibrated to the machine (cpuSlowdown.js), at most the preset's 4×, from the
// benchmark indexes Lighthouse itself measures as each run begins: the middle one of the gate's runs.
// That is possible because simulated throttling slows nothing while the page loads: Lighthouse
// records the load at full speed, then works out the phone's timings from that record. So the gate
// first records every run, then works out each with the one slowdown. (While recording, Lighthouse
// only uses the slowdown to shorten requestIdleCallback deadlines: the site asks for one only to
// register its service worker, and reads no deadline.) A benchmark measured apart from the runs read
// a quarter higher than theirs, in a warmed-up page, and over-throttled them.
//
// Each page's run is followed by one of its plain page (scripts/bench/plainPage.js: its words as plain
// HTML), worked out with the same slowdown, and the gate fails when the median of the rounds' LCP
// ratios is over the budget (issue 12): the page's largest text should paint about as soon as it
// would with no app at all. The median, not each round: one round's ratio moves by 0.05 with nothing
// changed (README, "Quality gates").
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { comparisonOf, describeComparison, lcpRatioBudget, overBudget, servePlainCounterparts } from '../bench/lcpComparison.js';
import { serveBuild } from '../bench/serveBuild.js';
import { warmUp } from '../bench/warmUp.js';
import { chromiumPath, standaloneFlags } from '../chromium.js';
import { calibratedCpuSlowdown, cpuSlowdownFor, machineBenchmarkIndex, targetBenchmarkIndex } from './cpuSlowdown.js';
import { describeObservedLongTasks, observedLongTasks } from './observedLongTasks.js';

const config = 'lighthouserc.json';
// The packages' own commands, not npx: it would spend about a second finding them, 26 times a run.
const lighthouseCommand = 'node_modules/.bin/lighthouse';
const lhciCommand = 'node_modules/.bin/lhci';
const collectedDir = '.lighthouseci';
const recordingsDir = `${collectedDir}/recordings`;
const reportsDir = `${collectedDir}/reports`;
// Apart from the app's reports, which Lighthouse CI reads and asserts on.
const plainReportsDir = `${collectedDir}/plain`;

/** @type {{ ci: { collect: { url: string[], numberOfRuns: number } } }} */
const { ci } = JSON.parse(readFileSync(config, 'utf8'));

/**
 * Runs a command to its end without blocking this process, which serves the plain pages meanwhile.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<number>} its exit status
 */
async function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  const [code] = await once(child, 'exit');
  return code ?? 1;
}

// Old reports would otherwise be read as this run's.
rmSync(collectedDir, { recursive: true, force: true });
mkdirSync(recordingsDir, { recursive: true });
mkdirSync(plainReportsDir, { recursive: true });

const pathOf = (/** @type {string} */ url) => new URL(url).pathname;
const appPort = Number(new URL(ci.collect.url[0] ?? '').port);
const plainPort = appPort + 1;
const plainPages = await servePlainCounterparts(ci.collect.url.map(pathOf), plainPort);

/** @type {{ url: string, page: string, plain: boolean, only: string[], dir: string, report: string }[]} */
const recordings = [];
// Round by round, the pages in turn, each followed by its plain page, so that a slow spell of the
// machine falls on all of them alike.
for (let round = 1; round <= ci.collect.numberOfRuns; round += 1) {
  for (const page of ci.collect.url) {
    for (const plain of [false, true]) {
      const number = recordings.length + 1;
      const report = plain ? `${plainReportsDir}/lhr-${number}.json` : `${collectedDir}/lhr-${number}.json`;
      // A plain page has nothing to judge but its speed.
      const only = plain ? ['--only-categories=performance'] : [];
      recordings.push({ url: plain ? plainPages.plainUrlOf(pathOf(page)) : page, page, plain, only, dir: `${recordingsDir}/${number}`, report });
    }
  }
}

let failed = false;
/** The CPU slowdown every recording was worked out with, once it is known. */
let cpuSlowdown = 0;
const server = await serveBuild('.', appPort, pathOf(ci.collect.url[0] ?? ''));
try {
  await warmUp(recordings.map(({ url }) => url));
  for (const { url, only, dir } of recordings) {
    console.log(`Recording ${url} (${dir})`);
    const status = await run(lighthouseCommand, [url, `--chrome-path=${chromiumPath}`, `--chrome-flags=${standaloneFlags.join(' ')}`, ...only, `-G=${dir}`, '--quiet']);
    if (status !== 0) throw new Error(`Lighthouse could not record ${url}.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = true;
} finally {
  await server.stop();
  plainPages.close();
}

if (!failed) {
  const artifactsOf = (/** @type {string} */ dir) => `${dir}/artifacts.json`;
  const indexes = recordings.map(({ dir }) => Number(JSON.parse(readFileSync(artifactsOf(dir), 'utf8')).BenchmarkIndex));
  const machineIndex = machineBenchmarkIndex(indexes);
  cpuSlowdown = cpuSlowdownFor(machineIndex);
  const calibrated = calibratedCpuSlowdown(machineIndex);
  const slowdown =
    calibrated > cpuSlowdown
      ? `the calibrated CPU slowdown of ${calibrated}× is capped at the preset's ${cpuSlowdown}× (see cpuSlowdown.js)`
      : `a CPU slowdown of ${cpuSlowdown}× emulates Lighthouse's default phone (index ${Math.round(targetBenchmarkIndex)})`;
  console.log(`Lighthouse measured benchmark indexes ${indexes.map(Math.round).join(', ')}: this machine's is ${Math.round(machineIndex)}, so ${slowdown}.`);
  /** @param {(typeof recordings)[number]} recording */
  const workOut = async ({ url, only, dir, report }) => {
    // The recording names the settings it was made with, and Lighthouse works it out only with the same.
    const artifacts = JSON.parse(readFileSync(artifactsOf(dir), 'utf8'));
    artifacts.settings.throttling.cpuSlowdownMultiplier = cpuSlowdown;
    writeFileSync(artifactsOf(dir), JSON.stringify(artifacts));
    const args = [url, ...only, `-A=${dir}`, `--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`, '--output=json', `--output-path=${report}`, '--quiet'];
    if ((await run(lighthouseCommand, args)) !== 0) failed = true;
  };
  // Two at a time: working a recording out measures nothing, so it need not run alone, and on a
  // 2-core machine the twelve take 20 s instead of 37.
  const atOnce = 2;
  const lanes = Array.from({ length: atOnce }, (_, lane) => recordings.filter((_, index) => index % atOnce === lane));
  await Promise.all(
    lanes.map(async (lane) => {
      for (const recording of lane) await workOut(recording);
    }),
  );
}

/**
 * The long tasks Lighthouse counted after the first paint, with their simulated start and length.
 * @param {{ audits: Record<string, { numericValue?: number, details?: { items?: { url: string, startTime: number, duration: number }[] } }> }} report
 * @returns {string[]}
 */
function describeLongTasks(report) {
  const firstPaint = report.audits['first-contentful-paint']?.numericValue ?? 0;
  const tasks = (report.audits['long-tasks']?.details?.items ?? []).filter(({ startTime, duration }) => startTime + duration > firstPaint);
  // Lighthouse's "Unattributable" is a task that ran no script of the page's: style, layout, paint.
  const where = (/** @type {string} */ url) => (url.startsWith('http') ? new URL(url).pathname : 'no script');
  return tasks
    .sort((a, b) => a.startTime - b.startTime)
    .map(({ url, startTime, duration }) => `long task ${Math.round(duration)} ms at ${Math.round(startTime)} ms: ${where(url)}`);
}

const asserted = failed ? 1 : await run(lhciCommand, ['assert', `--config=${config}`]);
let lcpOverBudget = false;

if (!failed) {
  console.log(`LCP against each page's plain page (budget: the median ratio at most ${lcpRatioBudget.toFixed(2)}):`);
  for (const page of ci.collect.url) {
    const reportsOf = (/** @type {boolean} */ plain) =>
      recordings.filter((recording) => recording.page === page && recording.plain === plain).map(({ report }) => JSON.parse(readFileSync(report, 'utf8')));
    const comparison = comparisonOf(pathOf(page), 'simulate', reportsOf(false), reportsOf(true));
    for (const line of describeComparison(comparison)) console.log(line);
    const verdict = overBudget(comparison);
    if (verdict) {
      console.error(verdict);
      lcpOverBudget = true;
    }
  }
}
if (!failed) await run(lhciCommand, ['upload', `--config=${config}`]);

/** Each app recording's folder, by the time its report says it was fetched. */
const recordingDirs = new Map(
  failed
    ? []
    : recordings.filter(({ plain }) => !plain).map(({ report, dir }) => [JSON.parse(readFileSync(report, 'utf8')).fetchTime, dir]),
);

/** @type {{ url: string, jsonPath: string, isRepresentativeRun: boolean, summary: Record<string, number> }[]} */
let manifest = [];
try {
  manifest = JSON.parse(readFileSync(`${reportsDir}/manifest.json`, 'utf8'));
} catch {
  console.error('Lighthouse wrote no reports; see its output above.');
}
for (const { url, jsonPath, isRepresentativeRun, summary } of manifest) {
  const report = JSON.parse(readFileSync(jsonPath, 'utf8'));
  const scripts = report.audits['resource-summary'].details.items.find((/** @type {{ resourceType: string }} */ item) => item.resourceType === 'script');
  const scores = Object.entries(summary).map(([category, score]) => `${category} ${Math.round(score * 100)}`).join(', ');
  const median = isRepresentativeRun ? ' (median run)' : '';
  const index = Math.round(report.environment.benchmarkIndex);
  const blocking = Math.round(report.audits['total-blocking-time'].numericValue);
  console.log(
    `${new URL(url).pathname}${median}: ${scores}; scripts ${(scripts.transferSize / 1024).toFixed(1)} KiB compressed; ` +
      `total blocking time ${blocking} ms; benchmark index ${index}`,
  );
  // What blocked, as the phone would run it: the one clue a failing run in CI leaves, whose recordings
  // go with its temporary clone.
  if (blocking > 0) {
    console.log(`  ${describeLongTasks(report).join('; ')}`);
    const dir = recordingDirs.get(report.fetchTime);
    try {
      if (dir) {
        const { traceEvents } = JSON.parse(readFileSync(`${dir}/defaultPass.trace.json`, 'utf8'));
        for (const line of describeObservedLongTasks(observedLongTasks(traceEvents, cpuSlowdown), cpuSlowdown)) console.log(`    ${line}`);
      }
    } catch (error) {
      // Only a clue: reading it must never change the verdict.
      console.log(`    (the recorded trace could not be read: ${error instanceof Error ? error.message : error})`);
    }
  }
}
process.exit(manifest.length > 0 && asserted === 0 && !lcpOverBudget ? 0 : 1);
