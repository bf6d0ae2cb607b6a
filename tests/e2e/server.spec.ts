import { expect, test } from './fixtures';

test.describe('the production server', () => {
  test('compresses pages and scripts, and caches hashed assets for a year', async ({ request }) => {
    const page = await request.get('/nl/', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(page.status()).toBe(200);
    expect(page.headers()['content-encoding']).toBe('br');
    expect(page.headers()['cache-control']).toBe('no-cache');

    // The page's own script is a few hundred bytes, too small to be worth compressing; it loads the
    // app, which is not.
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1] ?? '';
    const app = /hydrateApp-[\w-]+\.js/.exec(await (await request.get(entry)).text())?.[0];
    expect(app).toBeTruthy();
    const asset = await request.get(`/assets/${app}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers()['content-encoding']).toBe('gzip');
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('sends a Content-Security-Policy that allows only the site’s own scripts', async ({ request }) => {
    for (const path of ['/nl/', '/en/no-such-page']) {
      const policy = (await request.get(path)).headers()['content-security-policy'] ?? '';
      expect(policy).toContain("script-src 'self';");
      // The one inline stylesheet is allowed by its hash, not by allowing every inline style.
      expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
    }
  });

  test('sends every other form of an address on to the page’s own, keeping the query', async ({ request }) => {
    for (const [typed, canonical] of [
      ['/EN/More-Information', '/en/more-information'],
      ['/NL/', '/nl/'],
      ['/nl', '/nl/'],
      ['/nl//', '/nl/'],
      ['/nl//meer-informatie?utm_source=mail', '/nl/meer-informatie?utm_source=mail'],
      ['/nl/als-en-vitamine-b12/', '/nl/als-en-vitamine-b12'],
      ['/nl/index.html?utm_source=mail', '/nl/?utm_source=mail'],
      ['/index.html', '/'],
    ]) {
      const response = await request.get(typed ?? '', { maxRedirects: 0 });
      expect(response.status(), typed).toBe(301);
      expect(response.headers()['location'], typed).toBe(canonical);
    }
  });

  test('answers an address with no page at its canonical form with the not-found page', async ({ request }) => {
    const response = await request.get('/Nope/Nothing');
    expect(response.status()).toBe(404);
    expect(response.url()).toMatch(/\/nope\/nothing$/);
    expect(await response.text()).toMatch(/Deze pagina bestaat niet|This page does not exist/);
  });

  test('leaves the case of the build’s files alone', async ({ request }) => {
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(await (await request.get('/nl/')).text())?.[1] ?? '';
    const app = /hydrateApp-[\w-]+\.js/.exec(await (await request.get(entry)).text())?.[0];
    expect(app).toMatch(/^hydrateApp-/);
    expect((await request.get(`/assets/${app}`, { maxRedirects: 0 })).status()).toBe(200);
  });
});
