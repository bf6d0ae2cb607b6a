import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy link on a heading copies that section’s address and says so aloud', async ({ page }) => {
  await page.goto('/nl/vitamine-b12-en-als/');
  const button = page.getByRole('button', { name: 'Link naar ‘Zijn vitamine B12-injecties zinvol bij ALS?’ kopiëren' });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(page.getByRole('status')).toHaveText('Link gekopieerd');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${new URL(page.url()).origin}/nl/vitamine-b12-en-als/zijn-vitamine-b12-injecties-zinvol-bij-als`,
  );
});

test('without a share sheet, the share button copies the page’s address and says so aloud', async ({ page }) => {
  await page.goto('/en/vitamin-b12-and-als/als-and-vitamin-b12');
  expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${new URL(page.url()).origin}/en/vitamin-b12-and-als/als-and-vitamin-b12`,
  );
});

test('with a share sheet, the share button opens it with the page’s title and address', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
      },
    });
  });
  await page.goto('/nl/vitamine-b12-en-als/meer-informatie');
  await page.getByRole('button', { name: 'Delen' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
    .toEqual({ title: 'Meer informatie – Vitamine B12 en ALS', url: `${new URL(page.url()).origin}/nl/vitamine-b12-en-als/meer-informatie` });
});
