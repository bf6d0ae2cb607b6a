import { expect, test } from './fixtures';

// Runs in the desktop project only: hover is an extra for fine pointers, and phones have none.

test('resting the mouse on a citation opens it, and a click then keeps it open', async ({ page }) => {
  await page.goto('/en/vitamin-b12-and-als/');
  const citation = page.getByRole('button', { name: 'Reference 6', exact: true });
  await citation.scrollIntoViewIfNeeded();
  await citation.hover();
  const dialog = page.getByRole('dialog', { name: 'Reference 6' });
  await expect(dialog).toBeVisible();
  await citation.click();
  await page.waitForTimeout(600);
  await expect(dialog).toBeVisible();
});

test('moving the mouse from the citation into the popover keeps it open; moving away closes it', async ({ page }) => {
  await page.goto('/en/vitamin-b12-and-als/');
  const citation = page.getByRole('button', { name: 'Reference 7', exact: true });
  await citation.scrollIntoViewIfNeeded();
  await citation.hover();
  const dialog = page.getByRole('dialog', { name: 'Reference 7' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('link', { name: 'DOI (external website)' }).hover();
  await page.waitForTimeout(600);
  await expect(dialog).toBeVisible();
  await page.mouse.move(5, 400);
  await expect(dialog).toHaveCount(0);
});

test('a mouse passing over a citation does not open it', async ({ page }) => {
  await page.goto('/en/vitamin-b12-and-als/');
  const citation = page.getByRole('button', { name: 'Reference 1', exact: true });
  await citation.scrollIntoViewIfNeeded();
  await citation.hover();
  await page.mouse.move(5, 400);
  await page.waitForTimeout(600);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a mouse that rested on a citation and moved on before the popover’s code came opens nothing', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/CitationDialog-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/vitamin-b12-and-als/');
  const citation = page.getByRole('button', { name: 'Reference 6', exact: true });
  await citation.scrollIntoViewIfNeeded();
  await citation.hover();
  // Past the 400 ms a mouse must rest, with the code still held back.
  await page.waitForTimeout(600);
  await page.mouse.move(5, 400);
  const arrived = page.waitForResponse('**/assets/CitationDialog-*.js');
  release();
  await arrived;
  await page.waitForTimeout(600);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test.describe('on a screen tall enough to show the citation and its source together', () => {
  test.use({ viewport: { width: 1280, height: 5400 } });

  test('clicking the citation lights up the source instead of copying it into a popover', async ({ page }) => {
    await page.goto('/en/vitamin-b12-and-als/');
    const entry = page.locator('#ref-7');
    await expect(entry).toBeInViewport({ ratio: 1 });
    await page.getByRole('button', { name: 'Reference 7', exact: true }).click();
    await expect(entry).toHaveAttribute('data-highlighted', '');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('from the keyboard it still opens the popover, so focus has somewhere to go', async ({ page }) => {
    await page.goto('/en/vitamin-b12-and-als/');
    await page.getByRole('button', { name: 'Reference 7', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Reference 7' })).toBeFocused();
  });
});
