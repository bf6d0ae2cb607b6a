import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { standaloneFlags } from '../chromium.js';
import { warmUp } from './warmUp.js';

/** @typedef {'simulate' | 'devtools'} ThrottlingMethod */

/**
 * Lighthouse's performance audit (mobile preset) of each address, in turns, so that every page meets
 * the machine in the same state: a busy machine slows a whole round, not one page.
 * @param {string[]} urls
 * @param {number} rounds
 * @param {string} chromePath
 * @param {ThrottlingMethod} [throttlingMethod] simulated (the default, as in the CI gate) or applied
 *   by DevTools while the page loads
 * @returns {Promise<Map<string, any[]>>} each address's reports, one per round
 */
export async function lighthouseRuns(urls, rounds, chromePath, throttlingMethod = 'simulate') {
  await warmUp(urls);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: standaloneFlags });
  /** @type {Map<string, any[]>} */
  const reports = new Map(urls.map((url) => [url, []]));
  try {
    for (let round = 0; round < rounds; round += 1) {
      for (const url of urls) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        reports.get(url)?.push(result.lhr);
      }
    }
  } finally {
    chrome.kill();
  }
  return reports;
}

/**
 * @param {number[]} values at least one
 * @returns {number}
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ index) => sorted[index] ?? Number.NaN;
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}
