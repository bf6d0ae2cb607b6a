import { expect, it } from 'vitest';
import { oddAddresses as addresses } from '../../addresses/oddAddresses';
import { withPage, type Check } from '../suite';
import { readUntil, untilHydrated } from '../waiting';

/** The article, or the not-found page that leads back to it; nothing else is a usable page. */
const usableTitles = ['Vitamine B12 en ALS', 'Vitamin B12 and ALS', 'Deze pagina bestaat niet', 'This page does not exist'];

/** How an address is named in the report: long ones cut short. */
const shown = (address: string) => (address.length > 60 ? `${address.slice(0, 57)}…` : address);

/**
 * Typed, pasted and hostile addresses each get a page that hydrates without error, and nothing from
 * the address runs. Each in a fresh tab, as a reader following one link: going straight on to the
 * next address would leave this page mid-load (its service worker still installing, its lazy
 * chunks still arriving), and Firefox reports those aborted loads as errors of the next page.
 */
export const oddAddresses: Check = (suite) => {
  for (const [kind, address] of addresses) {
    it(`${kind} (${shown(address)}) gets a page, and nothing injected runs`, () =>
      withPage(suite.engine, async (page) => {
        await page.goto(suite.site.origin + address);
        await untilHydrated(page);
        // Some addresses are sent on in the browser (the root to a language), so the page may
        // still be on its way when React has hydrated the first one.
        const result = await readUntil(
          page,
          (titles) => {
            const title = document.querySelector('h1')?.textContent ?? null;
            return { title, usable: title !== null && titles.includes(title), injected: '__injected' in window };
          },
          usableTitles,
          (reading) => reading.usable,
        );
        expect(usableTitles).toContain(result.title);
        expect(result.injected, 'window.__injected was set').toBe(false);
      }));
  }
};
