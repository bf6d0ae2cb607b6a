import { expect, test } from './fixtures';

test.describe('reading on a narrow phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ['/nl/', '/en/', '/en/not-a-page']) {
    test(`${path} never scrolls sideways at 320 px`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('body text is at least 16 px and scales with the browser’s text size', async ({ page }) => {
  await page.goto('/nl/');
  const paragraph = page.getByText(/^Vitamine B12, ook wel cobalamine genoemd/);
  const size = await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(16);
  // A reader who sets a larger default text size gets larger text: sizes are in rem, not px.
  await page.evaluate(() => (document.documentElement.style.fontSize = '32px'));
  const scaled = await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(scaled).toBeCloseTo(size * 2, 0);
});

test('every control in the header and the contents is at least 44 × 44 px', async ({ page }) => {
  await page.goto('/en/');
  const controls = page.locator('header a, header button, nav[aria-labelledby] a, nav[aria-labelledby] button');
  expect(await controls.count()).toBeGreaterThan(0);
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue;
    const box = await control.boundingBox();
    const name = await control.textContent();
    expect(box?.width, `${name} width`).toBeGreaterThanOrEqual(44);
    expect(box?.height, `${name} height`).toBeGreaterThanOrEqual(44);
  }
});
