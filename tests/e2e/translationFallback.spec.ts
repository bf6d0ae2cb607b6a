import { expect, test } from './fixtures';

// Runs against `npm run dev` with tests/fixtures/partial-english, where English lacks a section
// heading and the phone contents button. The locale check keeps builds from ever shipping that.

test('a string missing in English shows the Dutch text, never its key, and is logged', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  await page.goto('/en/vitamin-b12-and-als/');
  await expect(page.getByRole('heading', { level: 1, name: 'Vitamin B12 and ALS' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Meer informatie' })).toBeVisible();
  // The phone contents button: hidden on this wide screen, but there, in Dutch.
  await expect(page.locator('summary', { hasText: 'Op deze pagina' })).toBeAttached();
  expect(await page.locator('body').innerText()).not.toMatch(/sections\.moreInformation|contents\.toggle/);
  expect(logged).toContain(
    '[i18n] locales/en/vitamine-b12-en-als.json has no "sections.moreInformation.heading"; showing the Dutch text.',
  );
});

test('show-keys mode marks every string with its key, and the missing one as missing', async ({ page }) => {
  await page.goto('/en/vitamin-b12-and-als/?showKeys=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('⟦vitamine-b12-en-als:title⟧ Vitamin B12 and ALS');
  await expect(
    page.getByRole('heading', { level: 2, name: /Meer informatie$/ }),
  ).toHaveText('⟦vitamine-b12-en-als:sections.moreInformation.heading (missing: Dutch text shown)⟧ Meer informatie');
  await expect(page.getByRole('link', { name: /Skip to content/ })).toHaveText(
    '⟦ui:skipLink — The first link on every page, for keyboard users: it jumps past the header to the text.⟧ Skip to content',
  );
});
