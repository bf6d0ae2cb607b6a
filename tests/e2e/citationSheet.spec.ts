import type { Locator } from '@playwright/test';
import { activate, citations, closeWithEscape, openCitation, sheetBelowWidth, sources, untilSettled } from './citationSteps';
import { accessibilityViolations, expect, test } from './fixtures';

// On a phone a citation opens as a sheet from the bottom edge, and the reference list is laid out for
// the narrow screen. Run at 320 × 640 and at 390 × 844.

test.describe('on a narrow screen, a citation opens as a sheet', () => {
  test.skip(({ viewport }) => (viewport?.width ?? 0) >= sheetBelowWidth, 'wide screens keep the popover beside the text');

  test('on a section’s address, a citation in a later section opens along the bottom edge as well', async ({ page }, testInfo) => {
    // The sections after the addressed one are laid out only near the screen; that must not hold the sheet.
    await page.goto('/nl/vitamine-b12-en-als/te-weinig-wat-nu');
    const { citation, dialog: sheet } = await openCitation(page, 'Bronnen 5 tot en met 7', testInfo);
    await untilSettled(page, sheet, citation);
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const sheetBox = await sheet.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    expect(sheetBox.bottom).toBeCloseTo(viewport.height, 0);
    expect(sheetBox.left).toBe(0);
    expect(sheetBox.right).toBe(viewport.width);
    await expect(citation).toBeInViewport();
  });

  for (const language of ['nl', 'en'] as const) {
    test(`every citation in ${language}: each source shows number, first author, year and title at once, below the citation`, async ({ page }, testInfo) => {
      // Only where the sheet has least room: at 320 × 640 each title wraps onto the most lines, under
      // the lowest sheet, so a source that fits there fits on the 390 px phone too.
      test.skip((page.viewportSize()?.width ?? 0) > 320, 'every citation is checked on the narrowest phone');
      await page.goto(`/${language}/`);
      for (const { name, references } of citations[language]) {
        await test.step(name, async () => {
          const { citation, dialog: sheet } = await openCitation(page, name, testInfo);
          await untilSettled(page, sheet, citation);

          const viewport = page.viewportSize() ?? { width: 0, height: 0 };
          const sheetBox = await sheet.evaluate((element) => {
            const { top, bottom, left, right } = element.getBoundingClientRect();
            return { top, bottom, left, right, scrollTop: element.scrollTop };
          });
          // Along the bottom edge, full width, at most about 70% of the screen, and not scrolled.
          expect(sheetBox.bottom).toBeCloseTo(viewport.height, 0);
          expect(sheetBox.left).toBe(0);
          expect(sheetBox.right).toBe(viewport.width);
          expect(sheetBox.bottom - sheetBox.top).toBeLessThanOrEqual(viewport.height * 0.7 + 1);
          expect(sheetBox.scrollTop).toBe(0);
          const close = sheet.getByRole('button', { name: language === 'nl' ? 'Sluiten' : 'Close' });
          const closeBox = await close.boundingBox();
          expect(closeBox?.width, 'a large close button').toBeGreaterThanOrEqual(44);
          expect(closeBox?.height, 'a large close button').toBeGreaterThanOrEqual(44);

          const entries = sheet.getByRole('listitem');
          await expect(entries).toHaveCount(references.length);
          for (const [index, number] of references.entries()) {
            const entry = entries.nth(index);
            const { author, year } = sources[number] ?? { author: 'missing', year: 0 };
            await expect(entry).toContainText(new RegExp(`^\\[${number}\\] ${author.replace(/[.()]/g, '\\$&')}.* \\(${year}\\)`));
            // The title, and the line with number, author and year above it, lie inside the sheet's
            // visible area and inside the screen: nothing needs scrolling inside the sheet.
            for (const part of [entry.locator('cite'), entry.getByText(`[${number}]`, { exact: true })]) {
              const box = await part.boundingBox();
              expect(box, `source ${number}`).not.toBeNull();
              if (!box) continue;
              expect(box.y, `source ${number} below the top of the sheet`).toBeGreaterThanOrEqual(sheetBox.top);
              expect(box.y + box.height, `source ${number} above the bottom of the sheet`).toBeLessThanOrEqual(sheetBox.bottom);
              expect(box.x).toBeGreaterThanOrEqual(0);
              expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
              expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
            }
          }

          // The citation sits in the space between the sticky header and the sheet, uncovered.
          const citationBox = await citation.boundingBox();
          const headerBottom = await page.evaluate(() => {
            const header = document.querySelector('header');
            return header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
          });
          expect(citationBox).not.toBeNull();
          if (!citationBox) return;
          expect(citationBox.y).toBeGreaterThanOrEqual(headerBottom);
          expect(citationBox.y + citationBox.height).toBeLessThanOrEqual(sheetBox.top);
          const onTop = await citation.evaluate((button) => {
            const { left, top, width, height } = button.getBoundingClientRect();
            return document.elementFromPoint(left + width / 2, top + height / 2) === button;
          });
          expect(onTop, 'nothing covers the citation').toBe(true);
          await closeWithEscape(page, citation);
        });
      }
    });
  }

  test('it slides in briefly, and not at all for a reader who asks for less motion', async ({ page }, testInfo) => {
    await page.goto('/en/vitamin-b12-and-als/');
    const { citation, dialog: sheet } = await openCitation(page, 'Reference 6', testInfo);
    // Read from the style, not the running animation: 200 ms can be over before a test looks.
    const slideOf = () =>
      sheet.evaluate((element) => {
        const { animationName, animationDuration } = getComputedStyle(element);
        return animationName === 'none' ? 0 : parseFloat(animationDuration) * (animationDuration.endsWith('ms') ? 1 : 1000);
      });
    const slide = await slideOf();
    expect(slide).toBeGreaterThan(0);
    expect(slide).toBeLessThanOrEqual(300);
    await page.keyboard.press('Escape');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await activate(citation, testInfo);
    await expect(sheet).toBeVisible();
    expect(await slideOf()).toBe(0);
    expect(await sheet.evaluate((element) => element.getAnimations().length)).toBe(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations with the sheet of [2–4] open (${colorScheme})`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/en/vitamin-b12-and-als/');
      const { citation, dialog: sheet } = await openCitation(page, 'References 2 to 4', testInfo);
      await untilSettled(page, sheet, citation);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});

test.describe('the reference list on a narrow screen', () => {
  test.skip(({ viewport }) => (viewport?.width ?? 0) >= sheetBelowWidth, 'checked where space is short');

  test('backlinks read “↑ a b” on one line, the arrow with them, each named in full', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/bronvermeldingen');
    const centreOf = async (locator: Locator) => {
      const box = await locator.boundingBox();
      expect(box).not.toBeNull();
      return box ? box.y + box.height / 2 : Number.NaN;
    };
    for (let number = 1; number <= 7; number += 1) {
      const entry = page.locator(`#ref-${number}`);
      const backlinks = entry.getByRole('link', { name: /^Terug naar de tekst in ‘/ });
      const count = await backlinks.count();
      expect(count, `source ${number} is cited somewhere`).toBeGreaterThan(0);
      const arrow = entry.getByText('↑', { exact: true });
      const row = await centreOf(arrow);
      for (let index = 0; index < count; index += 1) {
        expect(Math.abs((await centreOf(backlinks.nth(index))) - row), `source ${number}, backlink ${index + 1} on the arrow’s line`).toBeLessThan(2);
      }
    }
    // Short on screen, full for screen readers and voice control.
    const source2 = page.locator('#ref-2');
    await expect(source2.getByRole('link', { name: 'Terug naar de tekst in ‘ALS en vitamine B12’ (a)', exact: true })).toBeVisible();
    await expect(source2.getByRole('link', { name: 'Terug naar de tekst in ‘ALS en vitamine B12’ (b)', exact: true })).toBeVisible();
    // Each a target of 44 × 44 px, and no wider than a short word.
    for (const link of await page.getByRole('link', { name: /^Terug naar de tekst in ‘/ }).all()) {
      const box = await link.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeLessThanOrEqual(56);
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
  });

  test('a source’s links and copy button wrap as a group: none alone on a line', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/bronvermeldingen');
    for (let number = 1; number <= 7; number += 1) {
      const entry = page.locator(`#ref-${number}`);
      const actions = [
        ...(await entry.getByRole('link', { name: /\(externe website\)$/ }).all()),
        entry.getByRole('button', { name: `Link naar bron ${number} kopiëren` }),
      ];
      const rows = new Map<number, number>();
      for (const action of actions) {
        const box = await action.boundingBox();
        expect(box, `source ${number}`).not.toBeNull();
        if (!box) continue;
        const row = Math.round(box.y + box.height / 2);
        rows.set(row, (rows.get(row) ?? 0) + 1);
      }
      expect([...rows.values()].filter((onThisLine) => onThisLine === 1), `source ${number}: actions alone on a line`).toEqual([]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // With text at 200% they wrap inside the entry instead of running past it.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const overflowing = await page.locator('li[id^="ref-"]').evaluateAll((entries) =>
      entries.flatMap((entry) => {
        const edge = entry.getBoundingClientRect().right;
        return [...entry.querySelectorAll('a, button')].filter((control) => control.getBoundingClientRect().right > edge + 0.5).map((control) => `${entry.id}: ${control.textContent}`);
      }),
    );
    expect(overflowing).toEqual([]);
  });
});
