import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';

test.describe('the production server', () => {
  test('compresses pages and scripts, and caches hashed assets for a year', async ({ request }) => {
    const page = await request.get('/nl/vitamine-b12-en-als/', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(page.status()).toBe(200);
    expect(page.headers()['content-encoding']).toBe('br');
    expect(page.headers()['cache-control']).toBe('no-cache');

    // The page's inline start script names the entry, a few hundred bytes, too small to be worth
    // compressing; it loads the app, which is not.
    const entry = /"(\/assets\/index-[\w-]+\.js)"/.exec(await page.text())?.[1] ?? '';
    const app = /hydrateApp-[\w-]+\.js/.exec(await (await request.get(entry)).text())?.[0];
    expect(app).toBeTruthy();
    const asset = await request.get(`/assets/${app}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers()['content-encoding']).toBe('gzip');
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('sends a Content-Security-Policy that allows only the site’s own scripts', async ({ request }) => {
    for (const path of ['/nl/vitamine-b12-en-als/', '/en/vitamin-b12-and-als/more-information', '/en/no-such-page']) {
      const response = await request.get(path);
      const policy = response.headers()['content-security-policy'] ?? '';
      // The inline stylesheet and the inline scripts are allowed by their hashes, not by allowing
      // every inline style or script.
      expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
      expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      // Each script the page carries, classic or module, is one of them, or it would not run. Only
      // the structured data, which no browser runs, is left out.
      const inlineScripts = [...(await response.text()).matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map(([, text]) => text ?? '');
      expect(inlineScripts.length).toBeGreaterThan(0);
      for (const text of inlineScripts) expect(policy).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    }
  });

  test('sends every other form of an address on to the page’s own in one step, keeping the query', async ({ request }) => {
    for (const [typed, canonical] of [
      ['/EN/Vitamin-B12-and-ALS/More-Information', '/en/vitamin-b12-and-als/more-information'],
      ['/nl//vitamine-b12-en-als//meer-informatie?utm_source=mail', '/nl/vitamine-b12-en-als/meer-informatie?utm_source=mail'],
      ['/nl/vitamine-b12-en-als', '/nl/vitamine-b12-en-als/'],
      ['/nl/vitamine-b12-en-als/als-en-vitamine-b12/', '/nl/vitamine-b12-en-als/als-en-vitamine-b12'],
      ['/en/vitamin-b12-and-als/index.html', '/en/vitamin-b12-and-als/'],
      ['/index.html', '/'],
      // Slugs of the other language.
      ['/en/vitamine-b12-en-als/', '/en/vitamin-b12-and-als/'],
      ['/en/vitamin-b12-and-als/meer-informatie', '/en/vitamin-b12-and-als/more-information'],
      // Addresses from before the site held several articles, as clinicians shared them.
      ['/nl/als-en-vitamine-b12', '/nl/vitamine-b12-en-als/als-en-vitamine-b12'],
      ['/en/are-vitamin-b12-injections-useful-in-als', '/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als'],
      ['/en/meer-informatie?utm_source=mail', '/en/vitamin-b12-and-als/more-information?utm_source=mail'],
      ['/NL/Bronvermeldingen/', '/nl/vitamine-b12-en-als/bronvermeldingen'],
    ]) {
      const response = await request.get(typed ?? '', { maxRedirects: 0 });
      expect(response.status(), typed).toBe(301);
      expect(response.headers()['location'], typed).toBe(canonical);
    }
  });

  test('sends a language’s start to its one article for now, as the collection may grow', async ({ request }) => {
    for (const [typed, article] of [
      ['/nl/', '/nl/vitamine-b12-en-als/'],
      ['/NL', '/nl/vitamine-b12-en-als/'],
      ['/nl//?utm_source=mail', '/nl/vitamine-b12-en-als/?utm_source=mail'],
      ['/en/', '/en/vitamin-b12-and-als/'],
    ]) {
      const response = await request.get(typed ?? '', { maxRedirects: 0 });
      expect(response.status(), typed).toBe(302);
      expect(response.headers()['location'], typed).toBe(article);
    }
  });

  test('lists every article and section address in a sitemap that robots.txt names', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: http://localhost:4173/sitemap.xml');
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations).toHaveLength(12);
    expect(locations).toContain('http://localhost:4173/nl/vitamine-b12-en-als/');
    expect(locations).toContain('http://localhost:4173/en/vitamin-b12-and-als/references');
    expect(sitemap).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="http://localhost:4173/en/vitamin-b12-and-als/als-and-vitamin-b12"/>',
    );
  });

  test('answers an address with no page at its canonical form with the not-found page', async ({ request }) => {
    const response = await request.get('/Nope/Nothing');
    expect(response.status()).toBe(404);
    expect(response.url()).toMatch(/\/nope\/nothing\/$/);
    expect(await response.text()).toMatch(/Deze pagina bestaat niet|This page does not exist/);
  });

  test('leaves the case of the build’s files alone', async ({ request }) => {
    const entry = /"(\/assets\/index-[\w-]+\.js)"/.exec(await (await request.get('/nl/vitamine-b12-en-als/')).text())?.[1] ?? '';
    const app = /hydrateApp-[\w-]+\.js/.exec(await (await request.get(entry)).text())?.[0];
    expect(app).toMatch(/^hydrateApp-/);
    expect((await request.get(`/assets/${app}`, { maxRedirects: 0 })).status()).toBe(200);
  });
});
