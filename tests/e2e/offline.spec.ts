import { expect, test } from './fixtures';

/** Waits until the service worker has precached the site and controls this page. */
async function waitForOfflineReady(page: import('@playwright/test').Page) {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return Boolean(registration.active && navigator.serviceWorker.controller);
  });
}

test('after one visit, the page reloads without a network', async ({ page, context }) => {
  await page.goto('/nl/als-en-vitamine-b12');
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Vitamine B12 en ALS' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'ALS en vitamine B12' })).toBeFocused();
});

test('after one visit, the other language and its sections open without a network', async ({ page, context }) => {
  await page.goto('/nl/');
  await waitForOfflineReady(page);
  await context.setOffline(true);

  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vitamin B12 and ALS' })).toBeVisible();

  // A cold load of an address never visited, straight from the precache.
  await page.goto('/en/are-vitamin-b12-injections-useful-in-als');
  await expect(page.getByRole('heading', { level: 2, name: 'Are vitamin B12 injections useful in ALS?' })).toBeFocused();

  // The popover's code was never loaded online; it comes from the precache too.
  const citation = page.getByRole('button', { name: 'Reference 6', exact: true });
  await citation.scrollIntoViewIfNeeded();
  await citation.click();
  await expect(page.getByRole('dialog', { name: 'Reference 6' })).toBeVisible();
});
