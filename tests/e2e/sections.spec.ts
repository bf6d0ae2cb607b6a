import { expect, openContents, test } from './fixtures';
import { startStallingProxy } from './stallingProxy';

/** The top of the element sits just below the header (or the top of the screen on phones). */
async function expectAtTopOfScreen(page: import('@playwright/test').Page, name: string) {
  const heading = page.getByRole('heading', { level: 2, name });
  await expect(heading).toBeFocused();
  await expect
    .poll(async () => (await heading.boundingBox())?.y ?? -1, { message: `${name} at the top of the screen` })
    .toBeGreaterThanOrEqual(0);
  await expect.poll(async () => (await heading.boundingBox())?.y ?? 999).toBeLessThan(120);
}

test.describe('section addresses', () => {
  test('a cold Dutch deep link opens the article at that section, focused', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/zijn-vitamine-b12-injecties-zinvol-bij-als');
    await expect(page.getByRole('heading', { level: 1, name: 'Vitamine B12 en ALS' })).toBeAttached();
    await expectAtTopOfScreen(page, 'Zijn vitamine B12-injecties zinvol bij ALS?');
    await expect(page).toHaveTitle('Zijn vitamine B12-injecties zinvol bij ALS? – Vitamine B12 en ALS');
  });

  test('a cold English deep link opens the article at that section, focused', async ({ page }) => {
    await page.goto('/en/vitamin-b12-and-als/more-information');
    await expectAtTopOfScreen(page, 'More information');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a Dutch slug under /en/ lands on the same section in English', async ({ page }) => {
    await page.goto('/en/vitamin-b12-and-als/als-en-vitamine-b12');
    await expectAtTopOfScreen(page, 'ALS and vitamin B12');
    await expect(page).toHaveURL('/en/vitamin-b12-and-als/als-and-vitamin-b12');
  });

  test('a trailing slash is the same address', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/meer-informatie/');
    await expectAtTopOfScreen(page, 'Meer informatie');
    await expect(page).toHaveURL('/nl/vitamine-b12-en-als/meer-informatie');
  });
});

test.describe('before the scripts have taken over the page', () => {
  test.use({ waitForHydration: false });

  test('a section address already shows that section, not the top of the article', async ({ page }) => {
    // Holds back the app, as a slow connection would, so only the page's own first script runs.
    await page.route(/\/assets\/hydrateApp-/, () => new Promise(() => {}));
    await page.goto('/en/vitamin-b12-and-als/more-information', { waitUntil: 'domcontentloaded' });
    const heading = page.getByRole('heading', { level: 2, name: 'More information' });
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await heading.boundingBox())?.y ?? 999).toBeLessThan(120);
    await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
  });

  test('on a slow connection, a section address never shows the article’s top first', async ({ page }) => {
    // The page trickles in, a piece at a time, as on a weak mobile signal; the browser paints each piece.
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 12_000, uploadThroughput: 12_000 });
    // Where the section's heading is in each frame the browser renders, from the first on.
    await page.addInitScript(() => {
      const tops: (number | null)[] = [];
      Object.assign(window, { headingTops: tops });
      const record = () => {
        if (document.body?.textContent?.trim()) tops.push(document.getElementById('more-information')?.getBoundingClientRect().top ?? null);
        if (document.readyState !== 'complete') requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await page.goto('/en/vitamin-b12-and-als/more-information', { waitUntil: 'load', timeout: 30_000 });
    const tops = await page.evaluate(() => (window as unknown as { headingTops: (number | null)[] }).headingTops);
    expect(tops.length).toBeGreaterThan(0);
    for (const top of tops) {
      expect(top).not.toBeNull();
      expect(top ?? -1).toBeGreaterThanOrEqual(0);
      expect(top ?? 999).toBeLessThan(120);
    }
  });

  test('on a connection that stalls partway, the article’s first paint already shows its whole opening', async ({ page, baseURL }) => {
    // The header and the contents arrive, then nothing for a second: Chromium paints what it has,
    // unless the page asks it to wait for the article's opening.
    const proxy = await startStallingProxy(baseURL ?? '', '<main', 1000);
    try {
      // For each frame the browser renders, from the first on: is the lead there, and the first heading after it?
      await page.addInitScript(() => {
        const frames: string[] = [];
        Object.assign(window, { openingInFrames: frames });
        const record = () => {
          if (document.body?.textContent?.trim()) {
            const lead = document.querySelector('main')?.textContent?.includes('can lead to damage to the nervous system') ?? false;
            frames.push(`lead ${lead ? 'shown' : 'missing'}, first section ${document.getElementById('too-little-what-now') ? 'begun' : 'missing'}`);
          }
          if (document.readyState !== 'complete') requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      });
      await page.goto(`${proxy.origin}/en/vitamin-b12-and-als/`, { waitUntil: 'load' });
      const frames = await page.evaluate(() => (window as unknown as { openingInFrames: string[] }).openingInFrames);
      expect(frames.length).toBeGreaterThan(0);
      expect(new Set(frames)).toEqual(new Set(['lead shown, first section begun']));
      await expect(page.locator('html[data-hydrated]')).toBeAttached();
    } finally {
      await page.close();
      await proxy.close();
    }
  });
});

test.describe('the contents', () => {
  test('following a link moves to the section, its address and its focus; back and forward work', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    const contents = page.getByRole('navigation', { name: 'Inhoud van dit artikel' });

    await openContents(page, 'Op deze pagina');
    await contents.getByRole('link', { name: 'ALS en vitamine B12' }).click();
    await expect(page).toHaveURL('/nl/vitamine-b12-en-als/als-en-vitamine-b12');
    await expectAtTopOfScreen(page, 'ALS en vitamine B12');

    await openContents(page, 'Op deze pagina');
    await contents.getByRole('link', { name: 'Bronvermeldingen' }).click();
    await expect(page).toHaveURL('/nl/vitamine-b12-en-als/bronvermeldingen');
    await expectAtTopOfScreen(page, 'Bronvermeldingen');

    await page.goBack();
    await expect(page).toHaveURL('/nl/vitamine-b12-en-als/als-en-vitamine-b12');
    await expectAtTopOfScreen(page, 'ALS en vitamine B12');

    await page.goForward();
    await expect(page).toHaveURL('/nl/vitamine-b12-en-als/bronvermeldingen');
    await expectAtTopOfScreen(page, 'Bronvermeldingen');

    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL('/nl/vitamine-b12-en-als/');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('keeps aria-current on the section being read while scrolling', async ({ page }) => {
    await page.goto('/en/vitamin-b12-and-als/');
    await openContents(page, 'On this page');
    const contents = page.getByRole('navigation', { name: 'Contents of this article' });
    await expect(contents.locator('[aria-current]')).toHaveCount(0);

    await page.getByRole('heading', { level: 2, name: 'Are vitamin B12 injections useful in ALS?' }).evaluate((heading) =>
      window.scrollTo({ top: heading.getBoundingClientRect().top + window.scrollY - 50, behavior: 'instant' }),
    );
    await expect(contents.getByRole('link', { name: 'Are vitamin B12 injections useful in ALS?' })).toHaveAttribute(
      'aria-current',
      'location',
    );

    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await expect(contents.getByRole('link', { name: 'References' })).toHaveAttribute('aria-current', 'location');
    await expect(contents.locator('[aria-current]')).toHaveCount(1);
  });
});

test.describe('the skip link and back to top', () => {
  test('the skip link is the first thing Tab reaches, and moves focus to the text', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page).toHaveURL('/nl/vitamine-b12-en-als/');
  });

  test('back to top appears after the first screen and returns there', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    const backToTop = page.getByRole('button', { name: 'Terug naar boven' });
    await expect(backToTop).toHaveCount(0);
    await page.evaluate(() => window.scrollTo({ top: window.innerHeight * 2, behavior: 'instant' }));
    await backToTop.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Vitamine B12 en ALS' })).toBeFocused();
  });
});
