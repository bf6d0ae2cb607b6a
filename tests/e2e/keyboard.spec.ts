import type { Locator, Page } from '@playwright/test';
import { fakeSpeech, speakingText, spoken } from './fakeSpeech';
import { expect, test, untilLaidOutInFull, untilPageAtRest } from './fixtures';

// Without the glide to each stop: where the ring ends up is the same once a glide ends, and waiting
// out some two hundred glides would add a minute to CI. The other specs read with the glide.
test.use({ permissions: ['clipboard-read', 'clipboard-write'], reducedMotion: 'reduce' });

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

test('keyboard only: the read-aloud player, its every control, and focus never hidden behind it', async ({ page }) => {
  test.slow();
  await fakeSpeech(page, { voices: [{ name: 'Xander', lang: 'nl-NL' }, { name: 'Ellen', lang: 'nl-BE' }] });
  await page.goto('/nl/vitamine-b12-en-als/');
  const listen = page.getByRole('button', { name: 'Voorlezen', exact: true });
  await tabTo(page, listen);
  await page.keyboard.press('Enter');

  // Focus goes to pause, the control a listener needs next; every control is a stop with a ring.
  const player = page.getByRole('region', { name: 'Voorlezen' });
  await expect(player.getByRole('button', { name: 'Pauze' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(player.getByRole('button', { name: 'Verder' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => speakingText(page)).toBe('Vitamine B12 en ALS');
  await tabTo(page, player.getByRole('button', { name: 'Volgende zin' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => speakingText(page)).toMatch(/^Een tekort aan in- of opname/);
  await tabTo(page, player.getByRole('button', { name: 'Vorige zin' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => speakingText(page)).toBe('Vitamine B12 en ALS');
  const speed = player.getByRole('combobox', { name: 'Snelheid' });
  await tabTo(page, speed);
  await page.keyboard.press('ArrowDown');
  await expect(speed).toHaveValue('1.25');
  await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.25);
  await tabTo(page, player.getByRole('combobox', { name: 'Stem' }));
  await tabTo(page, player.getByRole('checkbox', { name: 'Ook de bronnenlijst voorlezen' }));

  // Backwards through the whole article with the player open: each control taking focus shows
  // clear of the player (WCAG 2.4.11), never behind it.
  await tabTo(page, player.getByRole('button', { name: 'Vorige zin' }), 'Shift+Tab');
  for (let stop = 0; stop < 40; stop += 1) {
    await page.keyboard.press('Shift+Tab');
    const focus = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const box = focused.getBoundingClientRect();
      const bar = document.querySelector('section[aria-label="Voorlezen"]')?.getBoundingClientRect();
      return { name: focused.getAttribute('aria-label') ?? focused.textContent?.trim().slice(0, 40), clear: !bar || box.bottom <= bar.top + 1 };
    });
    expect(focus, `${focus.name} clear of the player`).toMatchObject({ clear: true });
  }

  // Stop closes the player, silences it, and gives focus back to the button that opened it.
  await tabTo(page, player.getByRole('button', { name: 'Stoppen' }));
  await page.keyboard.press('Enter');
  await expect(player).toHaveCount(0);
  expect(await speakingText(page)).toBeNull();
  await expect(listen).toBeFocused();
});

for (const [address, opening] of [
  ['/en/vitamin-b12-and-als/', 'the article’s own address'],
  ['/en/vitamin-b12-and-als/too-little-what-now', 'a section’s address'],
] as const) {
  test(`End goes all the way to the end of the page, on ${opening}`, async ({ page }) => {
    await page.goto(address);
    // Far parts take their true height once the page has been idle, and the citation box at the end
    // arrives once it has come to life: a reader who has read a line has given the page both.
    await untilLaidOutInFull(page);
    const citeThisPage = page.getByRole('complementary', { name: 'Cite this page' });
    await citeThisPage.waitFor({ state: 'attached' });
    await untilPageAtRest(page);
    await page.keyboard.press('End');
    await untilPageAtRest(page);
    const belowScreen = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY);
    expect(belowScreen, 'pixels of page left below the screen').toBeLessThanOrEqual(1);
    await expect(citeThisPage).toBeInViewport();
  });
}
