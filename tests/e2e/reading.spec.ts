import { expect, test } from './fixtures';

test.describe('reading on a narrow phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ['/nl/vitamine-b12-en-als/', '/en/vitamin-b12-and-als/', '/en/not-a-page']) {
    test(`${path} never scrolls sideways at 320 px`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('every control in the header is wholly on screen, at every width we design for', async ({ page }) => {
  await page.goto('/nl/vitamine-b12-en-als/');
  const width = page.viewportSize()?.width ?? 0;
  for (const control of await page.locator('header a:visible, header button:visible').all()) {
    const box = await control.boundingBox();
    const name = await control.getAttribute('aria-label') ?? await control.textContent();
    expect(box?.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0), `${name} ends on screen`).toBeLessThanOrEqual(width);
  }
});

test('body text is at least 16 px and scales with the browser’s text size', async ({ page }) => {
  await page.goto('/nl/vitamine-b12-en-als/');
  const paragraph = page.getByText(/^Vitamine B12, ook wel cobalamine genoemd/);
  const size = await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(16);
  // A reader who sets a larger default text size gets larger text: sizes are in rem, not px.
  await page.evaluate(() => (document.documentElement.style.fontSize = '32px'));
  const scaled = await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(scaled).toBeCloseTo(size * 2, 0);
});

test('every control in the header and the contents is at least 44 × 44 px', async ({ page }) => {
  await page.goto('/en/vitamin-b12-and-als/');
  const controls = page.locator('header a, header button, nav[aria-labelledby] a, nav[aria-labelledby] summary');
  expect(await controls.count()).toBeGreaterThan(0);
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue;
    const box = await control.boundingBox();
    const name = await control.textContent();
    expect(box?.width, `${name} width`).toBeGreaterThanOrEqual(44);
    expect(box?.height, `${name} height`).toBeGreaterThanOrEqual(44);
  }
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('lines of body text average 60 to 75 characters', async ({ page }) => {
    await page.goto('/en/vitamin-b12-and-als/');
    const lineLengths = await page.getByText(/^Because vitamin B12 has such a wide-ranging role/).evaluate((paragraph) => {
      // Group the paragraph's characters by the line they are laid out on.
      const perLine = new Map<number, number>();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let offset = 0; offset < (node.textContent ?? '').length; offset += 1) {
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          perLine.set(top, (perLine.get(top) ?? 0) + 1);
        }
      }
      return [...perLine.values()];
    });
    // The last line of a paragraph is as short as it happens to be; the others show the measure.
    const fullLines = lineLengths.slice(0, -1);
    expect(fullLines.length).toBeGreaterThan(3);
    const average = fullLines.reduce((sum, length) => sum + length, 0) / fullLines.length;
    expect(average, `line lengths ${fullLines.join(', ')}`).toBeGreaterThanOrEqual(60);
    expect(average, `line lengths ${fullLines.join(', ')}`).toBeLessThanOrEqual(75);
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('jumps to a section instead of gliding', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await page.evaluate(() => window.scrollTo({ top: window.innerHeight * 2, behavior: 'instant' }));
    await page.getByRole('button', { name: 'Terug naar boven' }).click();
    // No animation: the very next frame is already at the top.
    expect(await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(window.scrollY))))).toBe(0);
  });
});

test.describe('with text at 200%', () => {
  for (const path of ['/nl/vitamine-b12-en-als/', '/en/vitamin-b12-and-als/references', '/en/not-a-page']) {
    test(`${path} neither scrolls sideways nor clips text`, async ({ page }) => {
      await page.goto(path);
      // As a reader who doubles the browser's text size: every size is in rem, so all of it grows.
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'sideways scrolling').toBeLessThanOrEqual(0);

      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((element) => {
            const style = getComputedStyle(element);
            const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
            // Text hidden on purpose for screen readers is one pixel in size.
            const visuallyHidden = element.clientWidth <= 1 && element.clientHeight <= 1;
            const hasText = (element.textContent ?? '').trim() !== '';
            const cut = element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
            return clips && !visuallyHidden && hasText && cut;
          })
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.trim().slice(0, 40)}`),
      );
      expect(clipped, 'text cut off by its box').toEqual([]);
    });
  }
});

test('every control is at least 24 × 24 px, but for links inside a sentence', async ({ page }) => {
  await page.goto('/en/vitamin-b12-and-als/');
  const undersized = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex="0"]')]
      .filter((control) => control.getClientRects().length > 0 && getComputedStyle(control).visibility !== 'hidden')
      // WCAG 2.5.8 leaves out targets in a sentence, whose size the line of text sets.
      .filter((control) => !(getComputedStyle(control).display === 'inline' && control.closest('p, li, figcaption, blockquote')))
      .filter((control) => {
        const { width, height } = control.getBoundingClientRect();
        return width < 24 || height < 24;
      })
      .map((control) => `${control.tagName.toLowerCase()} “${control.getAttribute('aria-label') ?? control.textContent?.trim()}”`),
  );
  expect(undersized).toEqual([]);
});

test('the drawing is drawn in the site’s accent colour, in light and in dark', async ({ page }) => {
  await page.goto('/nl/vitamine-b12-en-als/');
  const outline = page.getByRole('img', { name: 'injectie' }).locator('path').first();
  for (const [colorScheme, accent] of [['light', 'rgb(11, 95, 115)'], ['dark', 'rgb(127, 208, 227)']] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(outline, colorScheme).toHaveCSS('stroke', accent);
  }
});
