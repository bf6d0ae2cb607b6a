import { expect, test } from './fixtures';

test.describe('a first visit to the root address', () => {
  test.describe('with a Dutch browser', () => {
    test.use({ locale: 'nl-NL' });

    test('opens the Dutch article', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/nl/vitamine-b12-en-als/');
      await expect(page.getByRole('heading', { level: 1, name: 'Vitamine B12 en ALS' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    });
  });

  test.describe('with an English browser', () => {
    test.use({ locale: 'en-GB' });

    test('opens the English article', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/en/vitamin-b12-and-als/');
      await expect(page.getByRole('heading', { level: 1, name: 'Vitamin B12 and ALS' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page).toHaveTitle('Vitamin B12 and ALS');
    });
  });

  test.describe('with a browser in a language we do not have', () => {
    test.use({ locale: 'fr-FR' });

    test('opens the Dutch original', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/nl/vitamine-b12-en-als/');
    });
  });
});
