import { expect, test } from './fixtures';

test.describe('printed as a handout', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/als-en-vitamine-b12');
    await page.emulateMedia({ media: 'print' });
  });

  test('hides the controls and keeps the text, figure, key message, author and sources', async ({ page }) => {
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Inhoud van dit artikel' })).toBeHidden();
    await expect(page.getByRole('button', { name: /kopiëren$/ }).first()).toBeHidden();
    await expect(page.getByRole('button', { name: 'Terug naar boven' })).toHaveCount(0);

    await expect(page.getByRole('heading', { level: 1, name: 'Vitamine B12 en ALS' })).toBeVisible();
    await expect(page.getByText('Laatst bijgewerkt op 12 januari 2023')).toBeVisible();
    const drawing = page.getByRole('img', { name: 'injectie' });
    await expect(drawing).toBeVisible();
    // The drawing is markup in the page: its lines must be there and take their room on paper.
    await expect(drawing.locator('path').first()).toBeVisible();
    expect((await drawing.boundingBox())?.height).toBeGreaterThan(100);
    await expect(page.getByRole('complementary', { name: 'Kernboodschap' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Over de auteur' })).toBeVisible();
    // Filled in once the page has come to life, with the day it is read.
    const citation = page.getByRole('complementary', { name: 'Deze pagina citeren' });
    await expect(citation).toBeVisible();
    await expect(citation).toContainText(`geraadpleegd ${new Date().getUTCFullYear()}`);
    for (let n = 1; n <= 7; n += 1) await expect(page.locator(`#ref-${n}`)).toBeVisible();
    await expect(page.locator('#ref-7')).toContainText('doi:10.1001/jamaneurol.2022.0901');
  });

  test('prints link addresses after links in the text, but not in the reference list', async ({ page }) => {
    const printedAfter = (selector: string) =>
      page.locator(selector).first().evaluate((element) => getComputedStyle(element, '::after').content);
    expect(await printedAfter('main p a[href="https://www.thuisarts.nl/"]')).toBe('" (https://www.thuisarts.nl/)"');
    expect(await printedAfter('#ref-7 a[href^="https://doi.org/"]')).toBe('none');
    // In the list the DOI is printed as text instead, without an address in brackets.
    expect(await page.locator('#ref-7').innerText()).not.toContain('(https://');
  });

  test('shows a labelled QR code of the page’s own address', async ({ page }) => {
    const code = page.getByRole('img', { name: 'QR-code met het adres van deze pagina' });
    await expect(code).toBeVisible();
    // It loads lazily, so printing must fetch it: print, then look.
    await page.pdf({ format: 'A4' });
    await expect.poll(() => code.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
    await expect(code).toHaveAttribute('src', '/qr/nl/vitamine-b12-en-als/als-en-vitamine-b12.svg');
    // The address the code encodes: the canonical one, on the origin the site was built for.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/\/nl\/vitamine-b12-en-als\/als-en-vitamine-b12$/);
    await expect(page.getByText(/^Lees deze pagina online: scan de code, of ga naar/)).toHaveText(
      `Lees deze pagina online: scan de code, of ga naar ${canonical}`,
    );
  });
});

test.describe('on screen', () => {
  test.use({ waitForHydration: false });

  test('does not download the print-only QR code before the app takes over', async ({ page }) => {
    // Before hydration, so that the offline saver, which stores every section's QR code, stays out of it.
    await page.route(/\/assets\/hydrateApp-/, () => new Promise(() => {}));
    const qrRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/qr/')) qrRequests.push(request.url());
    });
    await page.goto('/nl/vitamine-b12-en-als/als-en-vitamine-b12', { waitUntil: 'load' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(page.getByRole('heading', { level: 1, name: 'Vitamine B12 en ALS' })).toBeVisible();
    expect(qrRequests).toEqual([]);
  });
});

test.describe('printed with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('still shows the page’s address beside the QR code', async ({ page }) => {
    await page.goto('/en/vitamin-b12-and-als/more-information');
    await page.emulateMedia({ media: 'print' });
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/\/en\/vitamin-b12-and-als\/more-information$/);
    await expect(page.getByText(/^Read this page online: scan the code, or go to/)).toHaveText(
      `Read this page online: scan the code, or go to ${canonical}`,
    );
  });
});

test('renders a PDF', async ({ page }) => {
  await page.goto('/en/vitamin-b12-and-als/');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
});
