import type { Locator, Page } from '@playwright/test';
import { activate, citations, closeWithEscape, openCitation, sheetBelowWidth } from './citationSteps';
import { accessibilityViolations, expect, test, untilLaidOutInFull } from './fixtures';

// Citations wherever a reader meets them. On a narrow screen they open as a sheet, which
// citationSheet.spec.ts holds to more.

/** Every part of the popover or sheet is on screen, below the sticky header, and not covered by anything. */
async function expectFullyVisible(page: Page, dialog: Locator) {
  // Where it comes to rest: on phones it slides in from the bottom edge.
  await expect.poll(() => dialog.evaluate((element) => element.getAnimations().every((animation) => animation.playState === 'finished'))).toBe(true);
  const box = await dialog.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport).toBeTruthy();
  if (!box || !viewport) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const uncovered = await dialog.evaluate((element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    const points = [
      [left + 4, top + 4],
      [right - 4, top + 4],
      [left + 4, bottom - 4],
      [right - 4, bottom - 4],
      [(left + right) / 2, (top + bottom) / 2],
    ];
    return points.every(([x = 0, y = 0]) => element.contains(document.elementFromPoint(x, y)));
  });
  expect(uncovered, 'no part of the popover is covered').toBe(true);
}

for (const language of ['nl', 'en'] as const) {
  test(`on a wide screen, every citation in ${language} opens its exact sources, fully on screen`, async ({ page }, testInfo) => {
    test.skip((page.viewportSize()?.width ?? 0) < sheetBelowWidth, 'narrow screens get the sheet: citationSheet.spec.ts');
    await page.goto(`/${language}/`);
    for (const { name, references } of citations[language]) {
      await test.step(name, async () => {
        const { citation, dialog } = await openCitation(page, name, testInfo);
        const listed = await dialog.getByRole('listitem').allTextContents();
        expect(listed.map((text) => Number(/^\[(\d+)\]/.exec(text)?.[1]))).toEqual(references);
        await expectFullyVisible(page, dialog);
        // Taller than the space it has, it scrolls inside rather than running off the screen.
        const scrolls = await dialog.evaluate((element) => element.scrollHeight > element.clientHeight);
        if (scrolls) expect(await dialog.evaluate((element) => getComputedStyle(element).overflowY)).toBe('auto');
        await closeWithEscape(page, citation);
      });
    }
  });
}

test('on a section’s address, a citation in a later section opens fully on screen as well', async ({ page }, testInfo) => {
  test.skip((page.viewportSize()?.width ?? 0) < sheetBelowWidth, 'narrow screens get the sheet: citationSheet.spec.ts');
  // The sections after the addressed one are laid out only near the screen; that must not hold the popover.
  await page.goto('/en/vitamin-b12-and-als/too-little-what-now');
  const { dialog } = await openCitation(page, 'References 5 to 7', testInfo);
  await expectFullyVisible(page, dialog);
});

test.describe('closing a popover', () => {
  test('Escape closes it and gives focus back to the citation', async ({ page }, testInfo) => {
    await page.goto('/en/vitamin-b12-and-als/');
    const { citation } = await openCitation(page, 'References 5 to 7', testInfo);
    await closeWithEscape(page, citation);
    await expect(citation).toHaveAttribute('aria-expanded', 'false');
    await expect(citation).not.toHaveAttribute('aria-controls');
  });

  test('a tap or click outside closes it', async ({ page }, testInfo) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    const { citation } = await openCitation(page, 'Bron 6', testInfo);
    await activate(page.getByRole('heading', { level: 1 }), testInfo);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(citation).toHaveAttribute('aria-expanded', 'false');
  });

  test('the close button closes it and gives focus back', async ({ page }, testInfo) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    const { citation, dialog } = await openCitation(page, 'Bron 1', testInfo);
    await activate(dialog.getByRole('button', { name: 'Sluiten' }), testInfo);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(citation).toBeFocused();
  });
});

test('keyboard only: from the skip link to a citation, into its popover and through it', async ({ page }) => {
  await page.goto('/en/vitamin-b12-and-als/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  const citation = page.getByRole('button', { name: 'Reference 1', exact: true });
  for (let presses = 0; presses < 30 && !(await citation.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(citation).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reference 1' });
  await expect(dialog).toBeFocused();

  // Its content is next in the Tab order, and next in the reading (swipe) order after the citation.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('link', { name: 'DOI (external website)' })).toBeFocused();
  expect(await citation.evaluate((button) => button.nextElementSibling?.querySelector('[role="dialog"]') !== null || button.nextElementSibling?.getAttribute('role') === 'dialog')).toBe(true);

  await page.keyboard.press('Escape');
  await expect(citation).toBeFocused();
});

test('“go to the reference list” lands on the entry and focuses it', async ({ page }, testInfo) => {
  await page.goto('/nl/vitamine-b12-en-als/');
  const { dialog } = await openCitation(page, 'Bron 7', testInfo);
  await activate(dialog.getByRole('link', { name: 'Naar de bronnenlijst (bron 7)' }), testInfo);
  await expect(page).toHaveURL('/nl/vitamine-b12-en-als/#ref-7');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('#ref-7')).toBeFocused();
  await expect(page.locator('#ref-7')).toBeInViewport();
});

test.describe('when the dialog’s code cannot be fetched', () => {
  test.use({ networkFailuresExpected: true });

  test('a citation still takes the reader to its source in the list', async ({ page }, testInfo) => {
    await page.route('**/assets/CitationDialog-*.js', (route) => route.abort());
    await page.goto('/nl/vitamine-b12-en-als/');
    const citation = page.getByRole('button', { name: 'Bron 7', exact: true });
    await citation.scrollIntoViewIfNeeded();
    await activate(citation, testInfo);
    await expect(page).toHaveURL('/nl/vitamine-b12-en-als/#ref-7');
    await expect(page.locator('#ref-7')).toBeFocused();
    await expect(page.locator('#ref-7')).toBeInViewport();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test('backlinks lead to each place a source is cited, and light it up', async ({ page }, testInfo) => {
  await page.goto('/nl/vitamine-b12-en-als/bronvermeldingen');
  const entry = page.locator('#ref-2');
  const backlinks = entry.getByRole('link', { name: /^Terug naar de tekst in ‘ALS en vitamine B12’/ });
  await expect(backlinks).toHaveCount(2);

  await activate(backlinks.nth(1), testInfo);
  const secondPlace = page.getByRole('button', { name: 'Bron 2', exact: true });
  await expect(secondPlace).toBeFocused();
  await expect(secondPlace).toBeInViewport();
  await expect(secondPlace).toHaveAttribute('data-highlighted', '');

  await page.goBack();
  await expect(page.locator('#ref-2')).toBeInViewport();
  await activate(page.locator('#ref-2').getByRole('link').filter({ hasText: '(a)' }), testInfo);
  await expect(page.getByRole('button', { name: 'Bronnen 2 tot en met 4', exact: true })).toBeFocused();
});

test.describe('a cold link to a reference', () => {
  test('opens there, in either form', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/#ref-6');
    await expect(page.locator('#ref-6')).toBeFocused();
    await expect(page.locator('#ref-6')).toBeInViewport();
    // And still there once the parts above it have taken their true height.
    await untilLaidOutInFull(page);
    await expect(page.locator('#ref-6')).toBeInViewport();

    await page.goto('/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als#ref-6');
    await expect(page.locator('#ref-6')).toBeFocused();
    await expect(page.locator('#ref-6')).toBeInViewport();
    await untilLaidOutInFull(page);
    await expect(page.locator('#ref-6')).toBeInViewport();
    await expect(page.locator('#ref-6')).toContainText('Kaji, R.');
  });
});

test('the citation’s hit area is at least 24 × 24 px', async ({ page }) => {
  await page.goto('/en/vitamin-b12-and-als/');
  for (const citation of await page.getByRole('button', { name: /^References? \d/ }).all()) {
    const box = await citation.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with a popover open (${colorScheme})`, async ({ page }, testInfo) => {
    test.skip((page.viewportSize()?.width ?? 0) < sheetBelowWidth, 'narrow screens get the sheet: citationSheet.spec.ts');
    await page.emulateMedia({ colorScheme });
    await page.goto('/nl/vitamine-b12-en-als/');
    await openCitation(page, 'Bronnen 5 tot en met 7', testInfo);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}

test('on a wide screen, a citation still opens beside the text', async ({ page }, testInfo) => {
  test.skip((page.viewportSize()?.width ?? 0) < sheetBelowWidth, 'narrow screens get the sheet');
  await page.goto('/en/vitamin-b12-and-als/');
  const { citation, dialog: popover } = await openCitation(page, 'References 2 to 4', testInfo);
  expect(await popover.evaluate((element) => getComputedStyle(element).position)).toBe('absolute');
  const [popoverBox, citationBox] = [await popover.boundingBox(), await citation.boundingBox()];
  expect(popoverBox && citationBox).toBeTruthy();
  if (!popoverBox || !citationBox) return;
  // Next to the citation, above or below it, and far narrower than the screen.
  const gap = Math.min(Math.abs(popoverBox.y - (citationBox.y + citationBox.height)), Math.abs(citationBox.y - (popoverBox.y + popoverBox.height)));
  expect(gap).toBeLessThanOrEqual(16);
  expect(popoverBox.width).toBeLessThanOrEqual(28 * 16 + 1);
});
