import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The focused control shows where it is: our 3 px outline, on screen once any scrolling settles. */
async function expectVisibleFocus(page: Page) {
  const ringOf = () => page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const style = getComputedStyle(focused);
    const box = focused.getBoundingClientRect();
    return {
      name: focused.getAttribute('aria-label') ?? focused.textContent?.trim().slice(0, 40),
      matchesFocusVisible: focused.matches(':focus-visible'),
      outline: `${style.outlineStyle} ${parseFloat(style.outlineWidth)}`,
      onScreen: box.bottom > 0 && box.top < window.innerHeight && box.width > 0,
    };
  });
  const { name } = await ringOf();
  await expect
    .poll(async () => {
      const { matchesFocusVisible, outline, onScreen } = await ringOf();
      return { matchesFocusVisible, outline, onScreen };
    }, { message: `focus ring on ${name}` })
    .toEqual({ matchesFocusVisible: true, outline: 'solid 3', onScreen: true });
}

/** Presses Tab (or Shift+Tab) until the control has focus, checking the focus ring at every stop. */
async function tabTo(page: Page, control: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press(key);
    if (await control.evaluate((element) => element === document.activeElement)) {
      await expectVisibleFocus(page);
      return;
    }
    if (await page.evaluate(() => document.activeElement !== document.body)) await expectVisibleFocus(page);
  }
  throw new Error(`${key} never reached ${control}`);
}

test('keyboard only: skip link, contents, a citation and back, the language switch, and share', async ({ page }) => {
  // A long walk through the whole page, checking the focus ring at every stop.
  test.slow();
  await page.goto('/en/vitamin-b12-and-als/');

  // The skip link is the first stop and jumps past the header.
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to content' });
  await expect(skipLink).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The contents, just before the text: on phones behind their disclosure, which opens from the
  // keyboard too.
  const contents = page.getByRole('navigation', { name: 'Contents of this article' });
  const toggle = contents.locator('summary', { hasText: 'On this page' });
  if (await toggle.isVisible()) {
    await tabTo(page, toggle, 'Shift+Tab');
    await page.keyboard.press('Enter');
  }
  const sectionLink = contents.getByRole('link', { name: 'ALS and vitamin B12' });
  await tabTo(page, sectionLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/vitamin-b12-and-als/als-and-vitamin-b12');
  await expect(page.getByRole('heading', { level: 2, name: 'ALS and vitamin B12' })).toBeFocused();

  // A citation in that section, into its popover, and back to where the reader was.
  const citation = page.getByRole('button', { name: 'References 2 to 4', exact: true });
  await tabTo(page, citation);
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog', { name: 'References 2 to 4' });
  await expect(popover).toBeFocused();
  await tabTo(page, popover.getByRole('button', { name: 'Close' }));
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(citation).toBeFocused();
  await expectVisibleFocus(page);

  // The language switch, back up in the header. (Tabbing up there scrolls the text back to its
  // start, so which section it keeps is for languageSwitch.spec.ts.)
  const dutch = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' });
  await tabTo(page, dutch, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/nl\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Vitamine B12 en ALS' })).toBeVisible();

  // Share, from the header, copies the address and says so.
  await tabTo(page, page.getByRole('button', { name: 'Delen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Link gekopieerd');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
