import { expect, test } from './fixtures';

test.describe('unknown addresses', () => {
  for (const [path, heading] of [
    ['/nl/bestaat-niet', 'Deze pagina bestaat niet'],
    ['/en/does-not-exist', 'This page does not exist'],
    ['/en/als-and-vitamin-b12/more', 'This page does not exist'],
    ['/nl/assets/nothing.js', 'Deze pagina bestaat niet'],
  ] as const) {
    test(`${path} answers 404 with a helpful page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Vitamine B12 en ALS (Nederlands)' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Vitamin B12 and ALS (English)' })).toBeVisible();
    });
  }

  test.describe('in an unknown language, for an English browser', () => {
    test.use({ locale: 'en-GB' });

    test('answers 404 in English, and the links lead back', async ({ page }) => {
      const response = await page.goto('/fr/vitamine-b12');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible();
      await page.getByRole('link', { name: 'Vitamin B12 and ALS (English)' }).click();
      await expect(page).toHaveURL('/en/');
      await expect(page.getByRole('heading', { level: 1, name: 'Vitamin B12 and ALS' })).toBeVisible();
    });
  });
});
