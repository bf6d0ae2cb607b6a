import { expect, it } from 'vitest';
import { withPage, type Check } from '../suite';
import { untilHydrated } from '../waiting';

const address = '/nl/vitamine-b12-en-als/zijn-vitamine-b12-injecties-zinvol-bij-als';
const heading = 'Zijn vitamine B12-injecties zinvol bij ALS?';
/** How far below the top of the window the heading may start: room for the sticky header and a margin. */
const nearTop = 150;

/** A link to a section, opened cold, shows that section, not the start of the article. */
export const sectionAddress: Check = (suite) => {
  it(`a cold open of ${address} lands on its section`, () =>
    withPage(suite.engine, async (page) => {
      await page.goto(suite.site.origin + address);
      await untilHydrated(page);
      const placement = await page.evaluate((text) => {
        const target = [...document.querySelectorAll('h2')].find((element) => element.textContent === text);
        const header = document.querySelector('header');
        return {
          top: target?.getBoundingClientRect().top,
          headerBottom: header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0,
        };
      }, heading);
      expect(placement.top, `the heading “${heading}”`).toBeDefined();
      expect(placement.top, 'the heading starts below the sticky header').toBeGreaterThanOrEqual(placement.headerBottom - 1);
      expect(placement.top, 'the heading is near the top of the window').toBeLessThanOrEqual(nearTop);
    }));
};
