import { expect, it } from 'vitest';
import { withPage, type Check } from '../suite';
import { untilHydrated, untilLaidOutInFull } from '../waiting';

const address = '/nl/vitamine-b12-en-als/#ref-6';
const phone = { width: 390, height: 844 };

/** Where the sixth source is, against the screen. */
function sourceOnScreen(): { top: number; bottom: number; screen: number } | null {
  const source = document.getElementById('ref-6')?.getBoundingClientRect();
  return source ? { top: Math.round(source.top), bottom: Math.round(source.bottom), screen: window.innerHeight } : null;
}

/**
 * A link to one source, opened cold, shows that source, and keeps showing it once the parts above
 * it, laid out meanwhile only near the screen, take their true height (src/layout/layOutInFull.ts).
 */
export const coldReferenceLink: Check = (suite) => {
  it(`a cold open of ${address} keeps the source on screen once the page has settled`, () =>
    withPage(suite.engine, async (page) => {
      await page.resize(phone.width, phone.height);
      await page.goto(suite.site.origin + address);
      await untilHydrated(page);
      await untilLaidOutInFull(page);
      // Long enough for a smooth scroll to end.
      await new Promise((resolve) => setTimeout(resolve, 800));
      const source = await page.evaluate(sourceOnScreen);
      expect(source, 'the sixth source').not.toBeNull();
      expect(source?.bottom, 'the source ends below the top of the screen').toBeGreaterThan(0);
      expect(source?.top, 'the source starts on screen').toBeLessThan(source?.screen ?? 0);
    }));
};
