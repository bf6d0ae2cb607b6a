import { expect, it } from 'vitest';
import { withPage, type Check } from '../suite';
import { untilHydrated, untilInPage } from '../waiting';

const phone = { width: 390, height: 844 };
const toggle = 'nav details > summary';

/** Which contents links a reader can see right now. */
function visibleContentsLinks(): string[] {
  return [...document.querySelectorAll<HTMLElement>('nav details li a')]
    .filter((link) => link.checkVisibility() && link.getBoundingClientRect().height > 0)
    .map((link) => link.textContent ?? '');
}

/** On a phone the contents fold away behind the browser's own disclosure, and open with a tap. */
export const phoneContents: Check = (suite) => {
  it(`at ${phone.width} px the contents open from their summary`, () =>
    withPage(suite.engine, async (page) => {
      await page.resize(phone.width, phone.height);
      await page.goto(`${suite.site.origin}/nl/`);
      await untilHydrated(page);
      expect(await page.evaluate(() => window.innerWidth), 'the window is phone-sized').toBe(phone.width);
      expect(await page.evaluate(visibleContentsLinks), 'folded away at first').toEqual([]);

      await page.click(toggle);
      await untilInPage(page, () => document.querySelector('nav details')?.hasAttribute('open') === true, {
        timeoutMs: 5_000,
        message: 'The contents did not open',
      });
      expect(await page.evaluate(visibleContentsLinks)).toEqual([
        'Te weinig, wat nu?',
        'ALS en vitamine B12',
        'Zijn vitamine B12-injecties zinvol bij ALS?',
        'Meer informatie',
        'Bronvermeldingen',
      ]);
    }));
};
