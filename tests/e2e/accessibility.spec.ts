import { accessibilityViolations, expect, openContents, test } from './fixtures';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const path of ['/nl/', '/en/', '/nl/als-en-vitamine-b12', '/en/references', '/en/not-a-page']) {
      test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }

    test('the open phone contents have no violations', async ({ page }) => {
      await page.goto('/nl/');
      await openContents(page, 'Op deze pagina');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
}
