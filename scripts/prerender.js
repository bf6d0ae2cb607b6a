// Writes a static HTML page for every address the app answers, from the server build, so each one
// arrives with its full text and its own title and description, before any script runs. Also writes
// what the server and plain static hosts need to send former addresses on: redirects.json, and a
// small forwarding page at each such address; and sitemap.xml with robots.txt.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import qrcode from 'qrcode-generator';
import { readCollection } from './collection/readCollection.js';
import { contentSecurityPolicy, inlineHash, policyFile } from './contentSecurityPolicy.js';
import { prepareForFirstPaint } from './firstPaint.js';
import { classesIn } from './firstPaintStyles.js';
import { forwardPage } from './prerender/forwardPage.js';
import { nginxRedirects } from './prerender/nginxRedirects.js';
import { sitemap } from './prerender/sitemap.js';
import { renderShareImage } from './shareImage.js';
import { siteOrigin } from './siteOrigin.js';

const distDir = resolve('dist');
const serverEntry = pathToFileURL(resolve('dist-ssr/entry-server.js')).href;

/** @type {import('../src/entry-server')} */
const server = await import(serverEntry);
const collection = readCollection();
// The build's own verdict on the calendar (is a review overdue?), for readers without JavaScript; the
// browser judges again by its own clock.
const buildDay = new Date().toISOString().slice(0, 10);
const site = server.renderer(collection, buildDay);

/**
 * The page, with its head, and on its root what the browser must fetch before it takes the page over:
 * the article it shows, or the list of articles.
 * @param {string} template the page template, shaped for the first paint
 * @param {import('../src/entry-server').RenderedPage} page
 */
function fillTemplate(template, page) {
  const head = site.pageHead(page.meta, siteOrigin).join('\n    ');
  const needs = page.meta.articleId ? `data-article="${server.escapeHtml(page.meta.articleId)}"` : 'data-collection';
  // The service worker serves the offline page at any address, so the browser must route it as such.
  const offline = page.meta.offline ? ' data-offline' : '';
  const built = ` data-build-day="${buildDay}"`;
  return template
    // Functions, so that a "$" in an editor's text is never read as a replacement pattern.
    .replace(/<html lang="[^"]*">/, () => `<html lang="${server.escapeHtml(page.meta.language)}">`)
    .replace('<!--app-head-->', () => head)
    .replace('<div id="root">', () => `<div id="root" ${needs}${offline}${built}>`)
    .replace('<!--app-html-->', () => page.html)
    // After the text, not in the head: search engines read it there too, and it holds up no paint.
    .replace('</body>', () => `${site.structuredData(page.meta, siteOrigin)}</body>`);
}

/** @param {string} path */
const fileOf = (path) => (path.endsWith('/') ? `${path.slice(1)}index.html` : `${path.slice(1)}/index.html`);

/** @param {string} file @param {string | Buffer} contents */
async function write(file, contents) {
  const target = join(distDir, file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, contents);
}

/**
 * An SVG QR code of an absolute address, for printed handouts, where the page looks for it.
 * @param {string} pagePath
 */
async function writeQrCode(pagePath) {
  const code = qrcode(0, 'M');
  code.addData(`${siteOrigin}${pagePath}`);
  code.make();
  await write(server.qrCodePath(pagePath), code.createSvgTag({ cellSize: 4, margin: 2, scalable: true }));
}

const redirects = site.redirects();
const redirected = new Set(redirects.map((redirect) => redirect.from));

/** @type {{ url: string, status: number, fallbackLanguage?: string }[]} */
const pages = [{ url: '/', status: 200 }];
for (const language of site.languages) {
  if (!redirected.has(`/${language}/`)) pages.push({ url: `/${language}/`, status: 200 });
  for (const article of collection.articles) {
    const translation = article.translations[language];
    if (!translation) continue;
    pages.push({ url: `/${language}/${translation.slug}/`, status: 200 });
    for (const slug of Object.values(translation.sections)) pages.push({ url: `/${language}/${translation.slug}/${slug}`, status: 200 });
  }
  pages.push({ url: `/${language}/404`, status: 404 });
  pages.push({ url: `/${language}/offline/`, status: 200 });
}
// For static hosts that know one not-found page only.
pages.push({ url: '/404', status: 404, fallbackLanguage: collection.sourceLanguage });

const rendered = pages.map(({ url, status, fallbackLanguage }) => {
  const page = site.render(url, fallbackLanguage);
  if (page.status !== status) {
    throw new Error(`Prerendering ${url}: expected status ${status}, the app rendered ${page.status}.`);
  }
  return { url, status, page };
});
// Every page carries the style rules that any page's markup can use, so the template is shaped once
// all are rendered.
const renderedClasses = classesIn(rendered.map(({ page }) => page.html).join(''));
const { template, styleHashes, scriptHashes } = await prepareForFirstPaint(await readFile(join(distDir, 'index.html'), 'utf8'), distDir, renderedClasses);

/** @type {Set<string>} */
const qrCodes = new Set();
/** @type {{ canonical: string, alternates: Record<string, string> }[]} */
const indexed = [];
for (const { url, status, page } of rendered) {
  const file = status === 404 ? `${url.slice(1)}.html` : fileOf(url);
  await write(file, fillTemplate(template, page));
  const addresses = page.meta.addresses;
  if (addresses && url !== '/' && !qrCodes.has(addresses.canonical)) {
    qrCodes.add(addresses.canonical);
    indexed.push(addresses);
    await writeQrCode(addresses.canonical);
  }
}
for (const { from, to } of redirects.filter((redirect) => redirect.forwardingPage)) {
  const language = from.split('/')[1] ?? collection.sourceLanguage;
  await write(fileOf(from), forwardPage({ to, absoluteTo: siteOrigin + to, language, escapeHtml: server.escapeHtml }));
}
await write('redirects.json', `${JSON.stringify(redirects, null, 2)}\n`);
await write('redirects.nginx.conf', nginxRedirects(redirects));
for (const article of collection.articles) {
  for (const language of Object.keys(article.translations)) {
    await write(server.shareImagePath(article.id, language), renderShareImage(site.shareImageText(article.id, language)));
  }
}
await write('sitemap.xml', sitemap(indexed, siteOrigin, server.escapeHtml));
await write('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${siteOrigin}/sitemap.xml\n`);
// Besides the start script, the one a section's address carries (src/article/openAtSection.ts).
const pageScriptHashes = [...scriptHashes, inlineHash(server.openAtSectionScript)];
await write(policyFile, `${contentSecurityPolicy({ styleHashes, scriptHashes: pageScriptHashes })}\n`);
console.log(
  `Prerendered ${pages.length} pages, ${redirects.filter((redirect) => redirect.forwardingPage).length} forwarding pages ` +
    `(of ${redirects.length} redirects) and ${qrCodes.size} QR codes into dist/ for ${siteOrigin}.`,
);
