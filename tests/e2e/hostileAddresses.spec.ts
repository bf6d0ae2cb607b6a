import { expect, test } from './fixtures';

// Set by any of the payloads below, should one ever run.
const injected = `window.__injected=1`;

const addresses: [string, string][] = [
  ['an unknown language', '/de/'],
  ['an unknown language with a section', '/fr/als-en-vitamine-b12'],
  ['upper case', '/NL/'],
  ['upper case in a section', '/en/More-Information'],
  ['double slashes', '/nl//meer-informatie'],
  ['an encoded double slash', '/%2F%2Fnl/'],
  ['bad percent-encoding', '/nl/%E0%A4%A'],
  ['a lone percent sign', '/nl/100%'],
  ['a script tag in the path', `/nl/<script>${injected}</script>`],
  ['a script tag in the query', `/nl/?q=<script>${injected}</script>`],
  ['markup in the fragment', `/nl/#<img src=x onerror="${injected}">`],
  ['a script URL in the fragment', `/nl/#javascript:${injected}`],
  ['show-keys with markup', `/en/?showKeys=<script>${injected}</script>`],
  ['a 3,000-character path', `/nl/${'a'.repeat(3000)}`],
  ['a source that does not exist', '/nl/#ref-999'],
  ['a section and a source that does not exist', '/en/references#ref-0'],
  ['path traversal', '/nl/../../../etc/passwd'],
  ['encoded path traversal', '/nl/%2e%2e/%2e%2e/package.json'],
  ['encoded traversal out of the assets', '/assets/..%2f..%2fpackage.json'],
  ['an index.html suffix', '/nl/index.html'],
  ['an index.html suffix on a section', '/en/more-information/index.html'],
  ['the root index.html', '/index.html'],
  ['tracking parameters', '/nl/meer-informatie?utm_source=nieuwsbrief&utm_medium=email&fbclid=IwAR0abc&gclid=x'],
  ['an empty query and fragment', '/en/?#'],
  ['unicode in the path', '/nl/vitamine-b12-ünïcödé-😀'],
];

test.describe('odd and hostile addresses', () => {
  for (const [kind, address] of addresses) {
    test(`${kind} still gets a page, and nothing injected runs`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
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

test('on a host that serves /nl/index.html as it stands, that page hydrates as the article', async ({ page }) => {
  // Our server redirects it (server.spec.ts); a plain static host sends the file under that address.
  await page.route('**/nl/index.html', (route) => route.fulfill({ path: 'dist/nl/index.html', contentType: 'text/html' }));
  await page.goto('/nl/index.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vitamine B12 en ALS');
  await expect(page).toHaveURL('/nl/');
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
      await expect(page).toHaveURL('/en/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vitamin B12 and ALS');
      expect(await page.evaluate(() => '__injected' in window)).toBe(false);
    });
  }

  test('a sound saved language is still honoured', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('preferred-language', 'nl'));
    await page.goto('/');
    await expect(page).toHaveURL('/nl/');
  });
});
