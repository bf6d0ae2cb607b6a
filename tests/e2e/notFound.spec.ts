import { expect, test } from './fixtures';

test.describe('unknown addresses', () => {
  for (const [path, heading, article, otherLanguage] of [
    ['/nl/bestaat-niet', 'Deze pagina bestaat niet', 'Vitamine B12 en ALS', 'English'],
    ['/en/does-not-exist', 'This page does not exist', 'Vitamin B12 and ALS', 'Nederlands'],
    ['/en/vitamin-b12-and-als/als-and-vitamin-b12/more', 'This page does not exist', 'Vitamin B12 and ALS', 'Nederlands'],
    ['/nl/assets/nothing.js', 'Deze pagina bestaat niet', 'Vitamine B12 en ALS', 'English'],
  ] as const) {
    test(`${path} answers 404 with a page that lists the articles and the other languages`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: article })).toBeVisible();
      await expect(main.getByRole('link', { name: otherLanguage })).toBeVisible();
    });
  }

  test.describe('in an unknown language, for an English browser', () => {
    test.use({ locale: 'en-GB' });

    test('answers 404 in English, and the links lead back', async ({ page }) => {
      const response = await page.goto('/fr/vitamine-b12');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible();
      await page.getByRole('main').getByRole('link', { name: 'Vitamin B12 and ALS' }).click();
      await expect(page).toHaveURL('/en/vitamin-b12-and-als/');
      await expect(page.getByRole('heading', { level: 1, name: 'Vitamin B12 and ALS' })).toBeVisible();
    });
  });
});
