import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

/** Below this width (40 rem) a citation opens as a sheet from the bottom edge, above it beside the text. */
export const sheetBelowWidth = 640;

/** Every citation of the shipped article, by its accessible name, and the sources it opens. */
export const citations = {
  nl: [
    { name: 'Bron 1', references: [1] },
    { name: 'Bronnen 2 tot en met 4', references: [2, 3, 4] },
    { name: 'Bron 2', references: [2] },
    { name: 'Bronnen 5 tot en met 7', references: [5, 6, 7] },
    { name: 'Bron 6', references: [6] },
    { name: 'Bron 7', references: [7] },
  ],
  en: [
    { name: 'Reference 1', references: [1] },
    { name: 'References 2 to 4', references: [2, 3, 4] },
    { name: 'Reference 2', references: [2] },
    { name: 'References 5 to 7', references: [5, 6, 7] },
    { name: 'Reference 6', references: [6] },
    { name: 'Reference 7', references: [7] },
  ],
} as const;

/** First author and year of each source, as the sheet shows them. */
export const sources: Record<number, { author: string; year: number }> = {
  1: { author: 'Hemendinger, R.A.', year: 2011 },
  2: { author: 'Zoccolella, S.', year: 2008 },
  3: { author: 'Valentino, F.', year: 2010 },
  4: { author: 'Zoccolella, S.', year: 2010 },
  5: { author: 'Izumi, Y.', year: 2007 },
  6: { author: 'Kaji, R.', year: 2019 },
  7: { author: 'Oki, R.', year: 2022 },
};

/** Taps on touch screens, clicks elsewhere: what the reader of each project would do. */
export async function activate(target: Locator, testInfo: TestInfo) {
  if (testInfo.project.use.hasTouch) await target.tap();
  else await target.click();
}

/** Opens a citation as a reader would, and gives back its dialog. */
export async function openCitation(page: Page, name: string, testInfo: TestInfo) {
  const citation = page.getByRole('button', { name, exact: true });
  await citation.scrollIntoViewIfNeeded();
  await activate(citation, testInfo);
  const dialog = page.getByRole('dialog', { name, exact: true });
  await expect(dialog).toBeFocused();
  await expect(citation).toHaveAttribute('aria-expanded', 'true');
  await expect(citation).toHaveAttribute('aria-controls', (await dialog.getAttribute('id')) ?? '');
  return { citation, dialog };
}

/** Escape closes it, and focus is back on the citation, ready for the next. */
export async function closeWithEscape(page: Page, citation: Locator) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(citation).toBeFocused();
}

/** Once the sheet has slid in and the page has scrolled the citation into view: nothing moves any more. */
export async function untilSettled(page: Page, dialog: Locator, citation: Locator) {
  await expect.poll(() => dialog.evaluate((element) => element.getAnimations().every((animation) => animation.playState === 'finished'))).toBe(true);
  let previous = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify([await citation.boundingBox(), await page.evaluate(() => window.scrollY)]);
      const still = now === previous;
      previous = now;
      return still;
    }, { intervals: [100] })
    .toBe(true);
}
