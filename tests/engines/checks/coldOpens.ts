import { expect, it } from 'vitest';
import { withPage, type Check } from '../suite';
import { untilHydrated } from '../waiting';

const sections = [
  '/nl/vitamine-b12-en-als/als-en-vitamine-b12',
  '/en/vitamin-b12-and-als/als-and-vitamin-b12',
  '/nl/vitamine-b12-en-als/zijn-vitamine-b12-injecties-zinvol-bij-als',
  '/en/vitamin-b12-and-als/more-information',
];
const opens = 20;
const hydrationDeadlineMs = 10_000;

/**
 * Firefox does not always record a first-contentful-paint entry on a cold open of a section, and the
 * app once waited for it forever (now src/startAfterFirstPaint.js). Each open here is in a new browser context, so with
 * no cache, and must hydrate in time.
 */
export const coldOpens: Check = (suite) => {
  for (let open = 0; open < opens; open += 1) {
    const address = sections[open % sections.length] ?? '/nl/vitamine-b12-en-als/';
    it(`cold open ${open + 1} of ${opens} (${address}) hydrates within ${hydrationDeadlineMs / 1000} s`, () =>
      withPage(suite.engine, async (page) => {
        await page.goto(suite.site.origin + address);
        await untilHydrated(page, hydrationDeadlineMs);
        expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(true);
      }));
  }
};
