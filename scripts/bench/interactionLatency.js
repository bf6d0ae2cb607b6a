import { chromium, devices } from 'playwright-core';
import { quietNetworkFlags } from '../chromium.js';

// Every interaction the page handles, as the Event Timing API reports it (16 ms is its floor).
function observeInteractions() {
  /** @type {{ name: string, interactionId: number, startTime: number, duration: number }[]} */
  const seen = [];
  Object.assign(window, { interactionTimings: seen });
  new PerformanceObserver((list) => {
    for (const entry of /** @type {PerformanceEventTiming[]} */ (list.getEntries())) {
      if (entry.interactionId) seen.push({ name: entry.name, interactionId: entry.interactionId, startTime: entry.startTime, duration: entry.duration });
    }
  }).observe(
    // durationThreshold is not in TypeScript's DOM types yet.
    /** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: true }),
  );
}

/**
 * @typedef {{ name: string, eventTiming: number | null, untilShown: number }} Measurement
 * eventTiming: the longest Event Timing duration of the interaction (null: under 16 ms, so unreported);
 * untilShown: from the tap to the frame in which its result was on screen, which also covers work
 * done after the first paint, such as loading the popover's code.
 */

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {() => Promise<void>} act
 * @param {() => boolean} isShown runs in the page
 * @returns {Promise<Measurement>}
 */
async function measure(page, name, act, isShown) {
  const before = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction(isShown, null, { polling: 'raf' });
  const shownAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(300);
  const timings = (await page.evaluate(() => /** @type {any} */ (window).interactionTimings)).filter(
    (/** @type {{ startTime: number }} */ timing) => timing.startTime >= before,
  );
  const start = timings.length ? Math.min(...timings.map((/** @type {{ startTime: number }} */ timing) => timing.startTime)) : before;
  const eventTiming = timings.length ? Math.max(...timings.map((/** @type {{ duration: number }} */ timing) => timing.duration)) : null;
  return { name, eventTiming, untilShown: shownAt - start };
}

/**
 * Taps a citation, a contents link and the language switch on a phone with its CPU slowed 4×, on a
 * freshly loaded page each round.
 * @param {string} origin
 * @param {number} rounds
 * @param {string} chromePath
 * @returns {Promise<Measurement[][]>} one list of measurements per round
 */
export async function interactionLatency(origin, rounds, chromePath) {
  const browser = await chromium.launch({ executablePath: chromePath, args: quietNetworkFlags });
  const results = [];
  try {
    for (let round = 0; round < rounds; round += 1) {
      const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(observeInteractions);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${origin}/nl/vitamine-b12-en-als/`);
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

      const citation = page.getByRole('button', { name: 'Bron 1', exact: true });
      await citation.scrollIntoViewIfNeeded();
      const measurements = [
        await measure(page, 'open a citation', () => citation.tap(), () => document.querySelector('[role="dialog"]') !== null),
      ];
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      measurements.push(
        await measure(page, 'open the contents', () => page.locator('summary', { hasText: 'Op deze pagina' }).tap(), () =>
          Boolean(document.querySelector('details[open]')),
        ),
      );
      measurements.push(
        await measure(page, 'follow a contents link', () => page.getByRole('navigation', { name: 'Inhoud van dit artikel' }).getByRole('link', { name: 'Meer informatie' }).tap(), () =>
          window.location.pathname === '/nl/vitamine-b12-en-als/meer-informatie' && document.activeElement?.tagName === 'H2',
        ),
      );
      measurements.push(
        await measure(page, 'switch language', () => page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).tap(), () =>
          document.documentElement.lang === 'en' && document.querySelector('h1')?.textContent === 'Vitamin B12 and ALS',
        ),
      );
      results.push(measurements);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
