import { expect, test } from './fixtures';

test('switching language mid-article keeps the section, without a reload, and is remembered', async ({ page }) => {
  await page.goto('/nl/vitamine-b12-en-als/zijn-vitamine-b12-injecties-zinvol-bij-als');
  await page.evaluate(() => Object.assign(window, { loadedOnce: true }));

  // By keyboard, as many of our readers do; a pointer click would let the test runner scroll first.
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).focus();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL('/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als');
  await expect(page.getByRole('heading', { level: 2, name: 'Are vitamin B12 injections useful in ALS?' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Are vitamin B12 injections useful in ALS?' })).toBeInViewport();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Are vitamin B12 injections useful in ALS? – Vitamin B12 and ALS');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    'It is important to realise that the neurological symptoms of a vitamin B12 deficiency do not resemble the symptoms of ALS.',
  );
  expect(await page.evaluate(() => 'loadedOnce' in window), 'the page was not reloaded').toBe(true);

  await page.goto('/');
  await expect(page).toHaveURL('/en/vitamin-b12-and-als/');
});

test('the switch follows the section the reader has scrolled to', async ({ page }) => {
  await page.goto('/en/vitamin-b12-and-als/');
  await page.getByRole('heading', { level: 2, name: 'More information' }).evaluate((heading) =>
    window.scrollTo({ top: heading.getBoundingClientRect().top + window.scrollY - 50, behavior: 'instant' }),
  );
  const dutch = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' });
  await expect(dutch).toHaveAttribute('href', '/nl/vitamine-b12-en-als/meer-informatie');
  await dutch.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Meer informatie' })).toBeInViewport();
});

test('reaching the switch by keyboard does not move the page', async ({ page }) => {
  await page.goto('/nl/vitamine-b12-en-als/zijn-vitamine-b12-injecties-zinvol-bij-als');
  await expect(page.getByRole('heading', { level: 2, name: 'Zijn vitamine B12-injecties zinvol bij ALS?' })).toBeFocused();
  const scrolledTo = await page.evaluate(() => window.scrollY);
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).focus();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolledTo);
});
