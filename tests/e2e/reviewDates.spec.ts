import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const { dates } = JSON.parse(readFileSync('content/vitamine-b12-en-als/article.json', 'utf8')) as {
  dates: { nextReviewDue: string };
};
const overdueNotice = 'Deze informatie is voor het laatst gecontroleerd op 12 januari 2023';

test.describe('review dates, by the reader’s clock', () => {
  test('a page read before the next review shows the dates and no notice', async ({ page }) => {
    await page.clock.setFixedTime(new Date(2025, 5, 1, 12));
    await page.goto('/nl/vitamine-b12-en-als/');
    await expect(page.getByText('Laatst bijgewerkt op 12 januari 2023')).toBeVisible();
    await expect(page.getByText('Volgende controle: januari 2026')).toBeVisible();
    await expect(page.getByRole('note')).toHaveCount(0);
  });

  test('a page read after it says so near the top, above the lead', async ({ page }) => {
    await page.clock.setFixedTime(new Date(2026, 0, 13, 9));
    await page.goto('/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als');
    const notice = page.getByRole('note');
    await expect(notice).toContainText('This information was last checked on 12 January 2023.');
    await expect(notice).toContainText('Always discuss treatments with your doctor or your care team.');
    const lead = page.locator('article > p').filter({ hasText: 'vitamin B12' }).first();
    expect((await notice.boundingBox())?.y).toBeLessThan((await lead.boundingBox())?.y ?? 0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says what its build day says', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    const buildDay = await page.locator('#root').getAttribute('data-build-day');
    expect(buildDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const expected = (buildDay ?? '') > dates.nextReviewDue ? 1 : 0;
    await expect(page.getByText(overdueNotice)).toHaveCount(expected);
  });
});
