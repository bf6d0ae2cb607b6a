import { expect, it } from 'vitest';
import { withPage, type Check } from '../suite';
import { expectEventually, untilHydrated } from '../waiting';

const englishLink = 'nav[aria-label="Taal"] a[hreflang="en"]';

/** Switching language in the middle of the article keeps the reader in the same section. */
export const languageSwitch: Check = (suite) => {
  it('the language switch keeps the section: /nl/vitamine-b12-en-als/als-en-vitamine-b12 → /en/vitamin-b12-and-als/als-and-vitamin-b12', () =>
    withPage(suite.engine, async (page) => {
      await page.goto(`${suite.site.origin}/nl/vitamine-b12-en-als/als-en-vitamine-b12`);
      await untilHydrated(page);
      expect(await page.evaluate((selector) => document.querySelector(selector)?.textContent, englishLink)).toBe('English');

      await page.click(englishLink);
      // The address changes first; the page's language and text follow as React renders English.
      await expectEventually(
        page,
        (heading) => {
          const element = [...document.querySelectorAll('h2')].find((candidate) => candidate.textContent === heading);
          const top = element?.getBoundingClientRect().top;
          return {
            address: window.location.pathname,
            language: document.documentElement.lang,
            headingOnScreen: top !== undefined && top >= 0 && top < window.innerHeight,
          };
        },
        'ALS and vitamin B12',
        { address: '/en/vitamin-b12-and-als/als-and-vitamin-b12', language: 'en', headingOnScreen: true },
        'the English section “ALS and vitamin B12”, on screen',
      );
    }));
};
