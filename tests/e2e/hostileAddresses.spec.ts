import { oddAddresses } from '../addresses/oddAddresses';
import { expect, test } from './fixtures';

test.describe('odd and hostile addresses', () => {
  test('each still gets a page, and nothing injected runs', async ({ page }) => {
    // A page load for each of them.
    test.setTimeout(oddAddresses.length * 5_000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const [kind, address] of oddAddresses) {
      await test.step(kind, async () => {
        const response = await page.goto(address);
        expect([200, 404]).toContain(response?.status());

        // A page a reader can use: the article, or a not-found page that leads to it.
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          /^(Vitamine B12 en ALS|Vitamin B12 and ALS|Deze pagina bestaat niet|This page does not exist)$/,
        );

        const body = await page.locator('body').innerText();
        expect(body, 'no file from outside the site').not.toMatch(/root:x:0:0|"devDependencies"/);
        expect(await page.evaluate(() => '__injected' in window)).toBe(false);
        expect(dialogs).toEqual([]);
      });
    }
  });
});

test('on a host that serves index.html as it stands, that page hydrates as the article', async ({ page }) => {
  // Our server redirects it (server.spec.ts); a plain static host sends the file under that address.
  await page.route('**/nl/vitamine-b12-en-als/index.html', (route) =>
    route.fulfill({ path: 'dist/nl/vitamine-b12-en-als/index.html', contentType: 'text/html' }),
  );
  await page.goto('/nl/vitamine-b12-en-als/index.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vitamine B12 en ALS');
  await expect(page).toHaveURL('/nl/vitamine-b12-en-als/');
});

test('on a plain static host, a former address forwards to the new one, keeping query and fragment', async ({ page }) => {
  // Our server answers it with a 301 (server.spec.ts); a host without rules serves the forwarding page.
  await page.route('**/nl/als-en-vitamine-b12?*', (route) =>
    route.fulfill({ path: 'dist/nl/als-en-vitamine-b12/index.html', contentType: 'text/html' }),
  );
  await page.goto('/nl/als-en-vitamine-b12?utm_source=mail#ref-2', { waitUntil: 'commit' });
  await expect(page).toHaveURL('/nl/vitamine-b12-en-als/als-en-vitamine-b12?utm_source=mail#ref-2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vitamine B12 en ALS');
  await expect(page.locator('#ref-2')).toBeFocused();
});

test.describe('odd values in the browser’s storage', () => {
  for (const saved of ['', 'xx', 'NL', '{"language":"nl"', '<script>window.__injected=1</script>', 'nl'.repeat(5000)]) {
    test(`a saved language of ${JSON.stringify(saved.slice(0, 40))} is ignored`, async ({ page }) => {
      await page.addInitScript((value) => {
        window.localStorage.setItem('preferred-language', value);
        window.localStorage.setItem('show-keys', value);
      }, saved);
      await page.goto('/');
      // Ignored, so the browser's own language (English here) decides.
      await expect(page).toHaveURL('/en/vitamin-b12-and-als/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vitamin B12 and ALS');
      expect(await page.evaluate(() => '__injected' in window)).toBe(false);
    });
  }

  test('a sound saved language is still honoured', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('preferred-language', 'nl'));
    await page.goto('/');
    await expect(page).toHaveURL('/nl/vitamine-b12-en-als/');
  });
});
