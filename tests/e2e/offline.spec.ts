import { expect, test } from './fixtures';

// The one spec with the service worker the site installs: the others test a first visit without it
// (playwright.config.ts).
test.use({ networkFailuresExpected: true, serviceWorkers: 'allow' });

/** Waits until the service worker controls this page and has saved the article being read. */
async function waitForOfflineReady(page: import('@playwright/test').Page, savedPath: string) {
  await expect
    .poll(
      () =>
        page.evaluate(async (path) => {
          const registration = await navigator.serviceWorker.ready;
          const saved = await (await caches.open('pages')).match(path);
          return Boolean(registration.active && navigator.serviceWorker.controller && saved);
        }, savedPath),
      { message: `${savedPath} saved for offline`, timeout: 15_000 },
    )
    .toBe(true);
}

test('after one visit, the page reloads without a network', async ({ page, context }) => {
  await page.goto('/nl/vitamine-b12-en-als/als-en-vitamine-b12');
  await waitForOfflineReady(page, '/nl/vitamine-b12-en-als/als-en-vitamine-b12');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Vitamine B12 en ALS' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'ALS en vitamine B12' })).toBeFocused();
});

test('an article read once opens offline at any of its sections, with its sources', async ({ page, context }) => {
  await page.goto('/en/vitamin-b12-and-als/');
  await waitForOfflineReady(page, '/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als');
  await context.setOffline(true);

  // A cold load of a section never opened, saved when the article was read.
  await page.goto('/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als');
  await expect(page.getByRole('heading', { level: 2, name: 'Are vitamin B12 injections useful in ALS?' })).toBeFocused();

  // The popover's code was never loaded online; it comes from the precache.
  const citation = page.getByRole('button', { name: 'Reference 6', exact: true });
  await citation.scrollIntoViewIfNeeded();
  await citation.click();
  await expect(page.getByRole('dialog', { name: 'Reference 6' })).toBeVisible();
});

test('an address never saved gets an offline page in its language that leads to what is saved', async ({ page, context }) => {
  await page.goto('/nl/vitamine-b12-en-als/');
  await waitForOfflineReady(page, '/nl/vitamine-b12-en-als/');
  await context.setOffline(true);

  // English was never read on this device.
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page).toHaveURL('/en/vitamin-b12-and-als/');
  const saved = page.getByRole('link', { name: 'Vitamine B12 en ALS' });
  await expect(saved).toHaveAttribute('href', '/nl/vitamine-b12-en-als/');
  await saved.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vitamine B12 en ALS' })).toBeVisible();
});
