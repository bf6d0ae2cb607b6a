import { expect, openContents, test } from './fixtures';

// Runs against a build with tests/fixtures/second-article beside the shipped article: two articles,
// as a collection has once an editor adds a content folder and its locale files.

test('each language’s start lists both articles, newest first, with their leads and dates', async ({ page }) => {
  const response = await page.goto('/nl/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Artikelen over ALS' })).toBeVisible();
  const titles = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(titles).toHaveText(['Testartikel (alleen voor de tests)', 'Vitamine B12 en ALS', 'Andere talen']);
  await expect(page.getByText('Laatst bijgewerkt op 5 maart 2024')).toBeVisible();
  await expect(page.getByText(/^Een verzonnen artikel, om te testen/)).toBeVisible();

  await page.goto('/en/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Test article (for the tests only)' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Vitamin B12 and ALS' })).toBeVisible();
});

test('the second article opens from the list, in both languages, and its contents lead to its sections', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('main').getByRole('link', { name: 'Test article (for the tests only)' }).click();
  await expect(page).toHaveURL('/en/test-article/');
  await expect(page.getByRole('heading', { level: 1, name: 'Test article (for the tests only)' })).toBeVisible();

  await openContents(page, 'On this page');
  await page.getByRole('navigation', { name: 'Contents of this article' }).getByRole('link', { name: 'Second part' }).click();
  await expect(page).toHaveURL('/en/test-article/second-part');
  await expect(page.getByRole('heading', { level: 2, name: 'Second part' })).toBeFocused();

  await page.goto('/nl/testartikel/eerste-deel');
  await expect(page.getByRole('heading', { level: 2, name: 'Eerste deel' })).toBeFocused();
  await expect(page).toHaveTitle('Eerste deel – Testartikel (alleen voor de tests)');
});

test('the second article’s citations open its own sources', async ({ page }) => {
  await page.goto('/en/test-article/first-part');
  await page.getByRole('button', { name: 'References 1 to 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'References 1 to 2' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('An invented study for tests')).toBeVisible();
  await expect(dialog.getByText('Another invented study')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the language switch keeps the second article and its section', async ({ page }) => {
  await page.goto('/nl/testartikel/tweede-deel');
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/test-article/second-part');
  await expect(page.getByRole('heading', { level: 1, name: 'Test article (for the tests only)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Second part' })).toBeFocused();
});

test('a page fetches its own article in its own language, and the next article only when opened', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/data/')) fetched.push(pathname);
  });
  await page.goto('/nl/vitamine-b12-en-als/');
  const firstPage = new Set(fetched);
  expect([...firstPage].sort()).toEqual([
    '/data/articles/vitamine-b12-en-als.json',
    '/data/locales/nl/ui.json',
    '/data/locales/nl/vitamine-b12-en-als.json',
  ]);

  await page.getByRole('banner').getByRole('link', { name: 'Patiënteninformatie over ALS' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Testartikel (alleen voor de tests)' }).click();
  // The article and its text arrive over the network first; on a loaded 2-core CI machine, once in a
  // run of twelve minutes, that took longer than the default five seconds.
  await expect(page.getByRole('heading', { level: 1, name: 'Testartikel (alleen voor de tests)' })).toBeVisible({ timeout: 15_000 });
  const thereafter = new Set(fetched.filter((path) => !firstPage.has(path)));
  expect([...thereafter].sort()).toEqual([
    '/data/articles/testartikel.json',
    '/data/collection.json',
    '/data/locales/nl/testartikel.json',
  ]);
});
