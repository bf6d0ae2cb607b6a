import { expect, test } from './fixtures';

test('?showKeys=1 shows each string’s key on the built site, and the page still works', async ({ page }) => {
  await page.goto('/nl/vitamine-b12-en-als/als-en-vitamine-b12?showKeys=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('⟦vitamine-b12-en-als:title⟧ Vitamine B12 en ALS');
  await expect(page.getByRole('heading', { level: 2, name: /ALS en vitamine B12$/ })).toBeFocused();
  // Switching language keeps the mode, so a translator can compare the two texts.
  const english = page.getByRole('navigation', { name: /Taal$/ }).getByRole('link', { name: /English$/ });
  await expect(english).toHaveAttribute('href', /\?showKeys=1$/);
  await english.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/^[^?]+\/en\/[^?]*\?showKeys=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('⟦vitamine-b12-en-als:title⟧ Vitamin B12 and ALS');
});

test('the showKeys value is never put into the page', async ({ page }) => {
  await page.goto('/nl/vitamine-b12-en-als/?showKeys=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vitamine B12 en ALS');
  expect(await page.locator('img[src="x"], img[onerror]').count()).toBe(0);
  expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
});
