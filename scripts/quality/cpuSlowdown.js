// Lighthouse slows the CPU by a constant 4× to emulate a phone, which assumes a high-end desktop
// (benchmark index 1500–2000): on a slower machine the same 4× emulates a slower phone, and the gate
// would judge the machine rather than the page. As Lighthouse's throttling guide advises, this
// calibrates the slowdown from the machine's own benchmark index, so every machine emulates the phone
// the default emulates on a typical desktop.
import { chromium } from 'playwright-core';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { chromiumPath, standaloneFlags } from '../chromium.js';

/** Lighthouse's default phone: a high-end desktop's index (middle of 1500–2000) slowed 4×. */
export const targetBenchmarkIndex = 1750 / 4;

const rounds = 5;

/**
 * The median of a few runs of Lighthouse's own benchmark in this machine's Chromium.
 * @returns {Promise<number>}
 */
export async function measureBenchmarkIndex() {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: standaloneFlags });
  try {
    const page = await browser.newPage();
    /** @type {number[]} */
    const indexes = [];
    for (let round = 0; round < rounds; round += 1) {
      indexes.push(await page.evaluate(pageFunctions.computeBenchmarkIndex));
    }
    indexes.sort((a, b) => a - b);
    return indexes[Math.floor(rounds / 2)] ?? 0;
  } finally {
    await browser.close();
  }
}

/**
 * The slowdown that brings a machine of this index to the target phone, to one decimal, at least 1.
 * @param {number} benchmarkIndex
 */
export function cpuSlowdownFor(benchmarkIndex) {
  return Math.max(1, Math.round((benchmarkIndex / targetBenchmarkIndex) * 10) / 10);
}
