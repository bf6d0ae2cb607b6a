import { expect, it } from 'vitest';
import { withPage, type Check } from '../suite';
import { readUntil, untilHydrated, untilInPage, untilLaidOutInFull } from '../waiting';

const addresses = ['/en/vitamin-b12-and-als/', '/en/vitamin-b12-and-als/too-little-what-now'];
const phone = { width: 390, height: 844 };
/** Long enough for a smooth scroll to end and for a part that came near the screen to grow. */
const settleMs = 800;

/** How much of the page lies below the screen. */
function belowScreen(): number {
  return Math.round(document.documentElement.scrollHeight - window.innerHeight - window.scrollY);
}

/**
 * End goes all the way to the end. Parts far below are laid out only as they near the screen until
 * the page has been idle once (src/layout/layOutInFull.ts); where that lasted, they grew as End
 * passed them, and Firefox and WebKit alike stopped a screen or more short.
 */
export const endKey: Check = (suite) => {
  for (const address of addresses) {
    it(`End on ${address} goes all the way to the end`, () =>
      withPage(suite.engine, async (page) => {
        await page.resize(phone.width, phone.height);
        await page.goto(suite.site.origin + address);
        await untilHydrated(page);
        // The citation box at the end arrives once the page has come to life; a reader who has read a line has it.
        await untilLaidOutInFull(page);
        await untilInPage(page, () => [...document.querySelectorAll('aside')].some((aside) => aside.textContent?.startsWith('Cite this page')), {
          timeoutMs: 10_000,
          message: 'The citation box never came',
        });
        await new Promise((resolve) => setTimeout(resolve, settleMs));
        await page.press('End');
        await readUntil(page, belowScreen, undefined, (pixels) => pixels <= 1);
        await new Promise((resolve) => setTimeout(resolve, settleMs));
        expect(await page.evaluate(belowScreen), 'pixels of page left below the screen').toBeLessThanOrEqual(1);
      }));
  }
};
