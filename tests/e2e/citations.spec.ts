import type { Locator, Page, TestInfo } from '@playwright/test';
import { accessibilityViolations, expect, test } from './fixtures';

const citations = {
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
const sources: Record<number, { author: string; year: number }> = {
  1: { author: 'Hemendinger, R.A.', year: 2011 },
  2: { author: 'Zoccolella, S.', year: 2008 },
  3: { author: 'Valentino, F.', year: 2010 },
  4: { author: 'Zoccolella, S.', year: 2010 },
  5: { author: 'Izumi, Y.', year: 2007 },
  6: { author: 'Kaji, R.', year: 2019 },
  7: { author: 'Oki, R.', year: 2022 },
};

/** Taps on touch screens, clicks elsewhere: what the reader of each project would do. */
async function activate(target: Locator, testInfo: TestInfo) {
  if (testInfo.project.use.hasTouch) await target.tap();
  else await target.click();
}

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
  test.describe(`citations in ${language}`, () => {
    // On a narrow screen a citation opens as a sheet, which the tests further down hold to more.
    test.skip(({ viewport }) => (viewport?.width ?? 0) < 640, 'narrow screens get the sheet, tested below');
    for (const { name, references } of citations[language]) {
      test(`${name} opens its exact sources, fully on screen`, async ({ page }, testInfo) => {
        await page.goto(`/${language}/`);
        const citation = page.getByRole('button', { name, exact: true });
        await citation.scrollIntoViewIfNeeded();
        await activate(citation, testInfo);
        const dialog = page.getByRole('dialog', { name, exact: true });
        await expect(dialog).toBeVisible();
        await expect(citation).toHaveAttribute('aria-expanded', 'true');
        await expect(citation).toHaveAttribute('aria-controls', (await dialog.getAttribute('id')) ?? '');
        const listed = await dialog.getByRole('listitem').allTextContents();
        expect(listed.map((text) => Number(/^\[(\d+)\]/.exec(text)?.[1]))).toEqual(references);
        await expectFullyVisible(page, dialog);
        // Taller than the space it has, it scrolls inside rather than running off the screen.
        const scrolls = await dialog.evaluate((element) => element.scrollHeight > element.clientHeight);
        if (scrolls) expect(await dialog.evaluate((element) => getComputedStyle(element).overflowY)).toBe('auto');
      });
    }
  });
}

test.describe('closing a popover', () => {
  test('Escape closes it and gives focus back to the citation', async ({ page }, testInfo) => {
    await page.goto('/en/vitamin-b12-and-als/');
    const citation = page.getByRole('button', { name: 'References 5 to 7', exact: true });
    await citation.scrollIntoViewIfNeeded();
    await activate(citation, testInfo);
    await expect(page.getByRole('dialog', { name: 'References 5 to 7' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(citation).toBeFocused();
    await expect(citation).not.toHaveAttribute('aria-controls');
  });

  test('a tap or click outside closes it', async ({ page }, testInfo) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    const citation = page.getByRole('button', { name: 'Bron 6', exact: true });
    await citation.scrollIntoViewIfNeeded();
    await activate(citation, testInfo);
    await expect(page.getByRole('dialog', { name: 'Bron 6' })).toBeVisible();
    await activate(page.getByRole('heading', { level: 1 }), testInfo);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(citation).toHaveAttribute('aria-expanded', 'false');
  });

  test('the close button closes it and gives focus back', async ({ page }, testInfo) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    const citation = page.getByRole('button', { name: 'Bron 1', exact: true });
    await citation.scrollIntoViewIfNeeded();
    await activate(citation, testInfo);
    await activate(page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }), testInfo);
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
  const citation = page.getByRole('button', { name: 'Bron 7', exact: true });
  await citation.scrollIntoViewIfNeeded();
  await activate(citation, testInfo);
  await activate(page.getByRole('dialog').getByRole('link', { name: 'Naar de bronnenlijst (bron 7)' }), testInfo);
  await expect(page).toHaveURL('/nl/vitamine-b12-en-als/#ref-7');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('#ref-7')).toBeFocused();
  await expect(page.locator('#ref-7')).toBeInViewport();
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

    await page.goto('/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als#ref-6');
    await expect(page.locator('#ref-6')).toBeFocused();
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
    await page.emulateMedia({ colorScheme });
    await page.goto('/nl/vitamine-b12-en-als/');
    const citation = page.getByRole('button', { name: 'Bronnen 5 tot en met 7', exact: true });
    await citation.scrollIntoViewIfNeeded();
    await activate(citation, testInfo);
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}

/** Once the sheet has slid in and the page has scrolled the citation into view: nothing moves any more. */
async function untilSettled(page: Page, dialog: Locator, citation: Locator) {
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

test.describe('on a narrow screen, a citation opens as a sheet', () => {
  test.skip(({ viewport }) => (viewport?.width ?? 0) >= 640, 'wide screens keep the popover beside the text');

  for (const language of ['nl', 'en'] as const) {
    for (const { name, references } of citations[language]) {
      test(`${language} ${name}: every source shows number, first author, year and title at once, below the citation`, async ({ page }, testInfo) => {
        await page.goto(`/${language}/`);
        const citation = page.getByRole('button', { name, exact: true });
        await citation.scrollIntoViewIfNeeded();
        await activate(citation, testInfo);
        const sheet = page.getByRole('dialog', { name, exact: true });
        await expect(sheet).toBeFocused();
        await expect(citation).toHaveAttribute('aria-expanded', 'true');
        await expect(citation).toHaveAttribute('aria-controls', (await sheet.getAttribute('id')) ?? '');
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
      });
    }
  }

  test('its close button is large, and Escape gives focus back to the citation', async ({ page }, testInfo) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    const citation = page.getByRole('button', { name: 'Bronnen 2 tot en met 4', exact: true });
    await citation.scrollIntoViewIfNeeded();
    await activate(citation, testInfo);
    const sheet = page.getByRole('dialog', { name: 'Bronnen 2 tot en met 4' });
    await expect(sheet).toBeFocused();
    const close = sheet.getByRole('button', { name: 'Sluiten' });
    const box = await close.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(citation).toBeFocused();
  });

  test('it slides in briefly, and not at all for a reader who asks for less motion', async ({ page }, testInfo) => {
    await page.goto('/en/vitamin-b12-and-als/');
    const citation = page.getByRole('button', { name: 'Reference 6', exact: true });
    await citation.scrollIntoViewIfNeeded();
    await activate(citation, testInfo);
    const sheet = page.getByRole('dialog', { name: 'Reference 6' });
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
      const citation = page.getByRole('button', { name: 'References 2 to 4', exact: true });
      await citation.scrollIntoViewIfNeeded();
      await activate(citation, testInfo);
      const sheet = page.getByRole('dialog', { name: 'References 2 to 4' });
      await untilSettled(page, sheet, citation);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});

test('on a wide screen, a citation still opens beside the text', async ({ page }, testInfo) => {
  test.skip((page.viewportSize()?.width ?? 0) < 640, 'narrow screens get the sheet');
  await page.goto('/en/vitamin-b12-and-als/');
  const citation = page.getByRole('button', { name: 'References 2 to 4', exact: true });
  await citation.scrollIntoViewIfNeeded();
  await activate(citation, testInfo);
  const popover = page.getByRole('dialog', { name: 'References 2 to 4' });
  await expect(popover).toBeVisible();
  expect(await popover.evaluate((element) => getComputedStyle(element).position)).toBe('absolute');
  const [popoverBox, citationBox] = [await popover.boundingBox(), await citation.boundingBox()];
  expect(popoverBox && citationBox).toBeTruthy();
  if (!popoverBox || !citationBox) return;
  // Next to the citation, above or below it, and far narrower than the screen.
  const gap = Math.min(Math.abs(popoverBox.y - (citationBox.y + citationBox.height)), Math.abs(citationBox.y - (popoverBox.y + popoverBox.height)));
  expect(gap).toBeLessThanOrEqual(16);
  expect(popoverBox.width).toBeLessThanOrEqual(28 * 16 + 1);
});

test.describe('the reference list on a narrow screen', () => {
  test.skip(({ viewport }) => (viewport?.width ?? 0) >= 640, 'checked where space is short');

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
