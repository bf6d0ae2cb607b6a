import { it } from 'vitest';
import { withPage, type Check } from '../suite';
import { expectEventually, untilHydrated } from '../waiting';

const articles = [
  { address: '/nl/vitamine-b12-en-als/', title: 'Vitamine B12 en ALS' },
  { address: '/en/vitamin-b12-and-als/', title: 'Vitamin B12 and ALS' },
];

/** The article opens in each language, and React takes it over without complaint. */
export const articleRenders: Check = (suite) => {
  for (const { address, title } of articles) {
    it(`${address} shows “${title}” and hydrates`, () =>
      withPage(suite.engine, async (page) => {
        await page.goto(suite.site.origin + address);
        await untilHydrated(page);
        await expectEventually(page, () => ({ title: document.querySelector('h1')?.textContent }), undefined, { title }, 'the article’s title');
      }));
  }
};
