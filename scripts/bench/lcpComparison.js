// The app's Largest Contentful Paint against a plain HTML page of the same words (plainPage.js),
// measured in one run with the two pages in turns, so that the machine's load falls on both alike.
// The bench prints it under both throttling methods; the Lighthouse gate in CI
// (scripts/quality/lighthouse.js) fails when the simulated one is over the budget below.
import { readFileSync } from 'node:fs';
import { lighthouseRuns, median } from './lighthouseRuns.js';
import { plainPage } from './plainPage.js';
import { servePlainPages } from './plainServer.js';

/**
 * @typedef {{ app: number, plain: number, ratio: number, appFcp: number, plainFcp: number, earlyRequests: string[] }} Round
 * @typedef {{ path: string, throttlingMethod: import('./lighthouseRuns.js').ThrottlingMethod, rounds: Round[], ratio: number }} Comparison
 */

/** The most the app's LCP may take over its plain page's, as a ratio: a median of rounds. */
export const lcpRatioBudget = 1.1;

/** @param {string} path an address of the app */
export const builtFile = (path) => `dist${path.endsWith('/') ? `${path}index.html` : `${path}/index.html`}`;

/**
 * Requests other than the page itself that were done before the observed LCP. Lighthouse's simulation
 * counts every one of them into LCP (all but low-priority images), so each costs a round trip or more.
 * @param {any} report a Lighthouse result
 * @returns {string[]} their paths
 */
export function requestsBeforeLcp(report) {
  // A run that failed (an error page, a page that never painted) has no observed timings.
  const observedLcp = report.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
  if (observedLcp === undefined) return [];
  /** @type {{ url: string, networkEndTime: number }[]} */
  const requests = report.audits['network-requests'].details.items;
  // A data: address (a small figure inside the page) is listed too, but goes to no server.
  const fetched = requests.slice(1).filter((request) => !request.url.startsWith('data:'));
  return fetched.filter((request) => request.networkEndTime <= observedLcp).map((request) => new URL(request.url).pathname);
}

/**
 * Serves each address's plain page, made from its build in dist/, at a path of its own.
 * @param {string[]} paths the app's addresses
 * @param {number} port a free port
 * @returns {Promise<{ plainUrlOf: (path: string) => string, close: () => void }>}
 */
export async function servePlainCounterparts(paths, port) {
  const plainPathOf = (/** @type {string} */ path) => `/plain-${paths.indexOf(path)}/`;
  const server = await servePlainPages(new Map(paths.map((path) => [plainPathOf(path), plainPage(readFileSync(builtFile(path), 'utf8'))])), port);
  return { plainUrlOf: (path) => `http://localhost:${port}${plainPathOf(path)}`, close: () => server.close() };
}

/**
 * @param {string} path
 * @param {import('./lighthouseRuns.js').ThrottlingMethod} throttlingMethod
 * @param {any[]} appReports Lighthouse results of the app's address, one a round
 * @param {any[]} plainReports of its plain page, in the same rounds
 * @returns {Comparison} its ratio is the median of the rounds' ratios, or NaN if one has none
 */
export function comparisonOf(path, throttlingMethod, appReports, plainReports) {
  const metric = (/** @type {any} */ report, /** @type {string} */ id) => report.audits[id].numericValue;
  const rounds = appReports.map((app, index) => {
    const plain = plainReports[index];
    const appLcp = metric(app, 'largest-contentful-paint');
    const plainLcp = metric(plain, 'largest-contentful-paint');
    return {
      app: appLcp,
      plain: plainLcp,
      ratio: appLcp / plainLcp,
      appFcp: metric(app, 'first-contentful-paint'),
      plainFcp: metric(plain, 'first-contentful-paint'),
      earlyRequests: requestsBeforeLcp(app),
    };
  });
  const ratios = rounds.map((round) => round.ratio);
  // A round that measured no LCP leaves the page unjudged, whatever the other rounds say.
  return { path, throttlingMethod, rounds, ratio: ratios.some(Number.isNaN) ? Number.NaN : median(ratios) };
}

/**
 * Why a page fails the budget, or undefined when it keeps it.
 * @param {Comparison} comparison
 * @returns {string | undefined}
 */
export function overBudget({ path, ratio }) {
  if (ratio <= lcpRatioBudget) return undefined;
  const measured = Number.isNaN(ratio) ? 'has no LCP ratio: a round measured no LCP' : `has an LCP ${ratio.toFixed(3)} times its plain page's`;
  return `${path} ${measured}, over the budget of ${lcpRatioBudget.toFixed(2)}.`;
}

/**
 * @param {object} options
 * @param {string} options.origin where the app is served
 * @param {string[]} options.paths the app's addresses to compare, each with its own plain page
 * @param {number} options.plainPort a free port for the plain pages
 * @param {number} options.rounds
 * @param {import('./lighthouseRuns.js').ThrottlingMethod} options.throttlingMethod
 * @param {string} options.chromePath
 * @returns {Promise<Comparison[]>} per address
 */
export async function compareLcp({ origin, paths, plainPort, rounds, throttlingMethod, chromePath }) {
  const plainPages = await servePlainCounterparts(paths, plainPort);
  try {
    // App, plain, app, plain… each address next to its own plain page.
    const urls = paths.flatMap((path) => [`${origin}${path}`, plainPages.plainUrlOf(path)]);
    const reports = await lighthouseRuns(urls, rounds, chromePath, throttlingMethod);
    return paths.map((path) =>
      comparisonOf(path, throttlingMethod, reports.get(`${origin}${path}`) ?? [], reports.get(plainPages.plainUrlOf(path)) ?? []),
    );
  } finally {
    plainPages.close();
  }
}

const ms = (/** @type {number} */ value) => `${Math.round(value)} ms`;

/**
 * @param {Comparison} comparison
 * @returns {string[]} lines to print
 */
export function describeComparison({ path, throttlingMethod, rounds, ratio }) {
  const how = throttlingMethod === 'simulate' ? 'simulated throttling' : 'DevTools throttling';
  return [
    `  ${path}, ${how}: ratio ${ratio.toFixed(3)} (median of ${rounds.length} rounds; budget: at most ${lcpRatioBudget.toFixed(2)})`,
    ...rounds.map(
      (round, index) =>
        `    round ${index + 1}: app ${ms(round.app)} (FCP ${ms(round.appFcp)}), plain ${ms(round.plain)} (FCP ${ms(round.plainFcp)}), ` +
        `×${round.ratio.toFixed(3)}; requests done before the app's LCP: ${round.earlyRequests.join(', ') || 'none'}`,
    ),
  ];
}
