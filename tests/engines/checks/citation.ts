import { it } from 'vitest';
import type { EnginePage } from '../engine';
import { withPage, type Check } from '../suite';
import { expectEventually, untilHydrated } from '../waiting';

const address = '/nl/vitamine-b12-en-als/als-en-vitamine-b12';
// The citation [2–4] in the section "ALS en vitamine B12"; its accessible name, and its dialog's.
const name = 'Bronnen 2 tot en met 4';
const citation = `button[aria-label="${name}"]`;

/** What a reader (or their screen reader) finds of the citation's dialog and of focus. */
function dialogState(citationSelector: string) {
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  const box = dialog?.getBoundingClientRect();
  const active = document.activeElement;
  return {
    open: Boolean(dialog),
    name: document.getElementById(dialog?.getAttribute('aria-labelledby') ?? '')?.textContent ?? null,
    visible: Boolean(
      dialog?.checkVisibility() && box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    ),
    focusInside: Boolean(dialog && active && dialog.contains(active)),
    focusOnCitation: active === document.querySelector(citationSelector),
  };
}

/** Opens the dialog the given way, checks it, closes it with Escape and checks where focus went. */
async function opensAndClosesWithEscape(page: EnginePage, open: () => Promise<void>) {
  await open();
  await expectEventually(page, dialogState, citation, { open: true, name, visible: true, focusInside: true }, 'the dialog, with focus in it');
  await page.press('Escape');
  await expectEventually(page, dialogState, citation, { open: false, focusOnCitation: true }, 'closed, with focus back on the citation');
}

/** A citation opens its sources by pointer and by keyboard, and gives focus back when closed. */
export const citationDialog: Check = (suite) => {
  it(`the citation “${name}” opens by click and by Enter, and Escape gives focus back`, () =>
    withPage(suite.engine, async (page) => {
      await page.goto(suite.site.origin + address);
      await untilHydrated(page);
      await opensAndClosesWithEscape(page, () => page.click(citation));
      await opensAndClosesWithEscape(page, async () => {
        await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)?.focus(), citation);
        await page.press('Enter');
      });
    }));
};
