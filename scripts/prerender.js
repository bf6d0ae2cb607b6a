// Writes a static HTML page for every address the app answers, from the server build, so each one
// arrives with its full text and its own title and description, before any script runs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import qrcode from 'qrcode-generator';
import { contentSecurityPolicy, policyFile } from './contentSecurityPolicy.js';
import { prepareForFirstPaint } from './firstPaint.js';
import { renderShareImage } from './shareImage.js';
import { siteOrigin } from './siteOrigin.js';

const distDir = resolve('dist');
const serverEntry = pathToFileURL(resolve('dist-ssr/entry-server.js')).href;

/**
 * @param {string} template
 * @param {import('../src/entry-server').RenderedPage} page
 */
function fillTemplate(template, page) {
  const head = server.pageHead(page.meta, siteOrigin).join('\n    ');
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${server.escapeHtml(page.meta.language)}">`)
    .replace('<!--app-head-->', head)
    .replace('<!--app-html-->', page.html);
}

/** @type {import('../src/entry-server')} */
const server = await import(serverEntry);
const { template, styleHashes } = await prepareForFirstPaint(await readFile(join(distDir, 'index.html'), 'utf8'), distDir);

/** @type {{ url: string, file: string, status: number, fallbackLanguage?: string }[]} */
const pages = [{ url: '/', file: 'index.html', status: 200 }];
for (const language of server.supportedLanguages) {
  pages.push({ url: `/${language}/`, file: `${language}/index.html`, status: 200 });
  // Every slug under every language: a Dutch link opened under /en/ must still find its page.
  for (const slug of server.allSlugs()) {
    pages.push({ url: `/${language}/${slug}`, file: `${language}/${slug}/index.html`, status: 200 });
  }
  pages.push({ url: `/${language}/404`, file: `${language}/404.html`, status: 404 });
}
// For static hosts that know one not-found page only.
pages.push({ url: '/404', file: '404.html', status: 404, fallbackLanguage: server.sourceLanguage });

/**
 * An SVG QR code of an absolute address, for printed handouts, where the page looks for it.
 * @param {string} pagePath
 */
async function writeQrCode(pagePath) {
  const code = qrcode(0, 'M');
  code.addData(`${siteOrigin}${pagePath}`);
  code.make();
  const target = join(distDir, server.qrCodePath(pagePath));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, code.createSvgTag({ cellSize: 4, margin: 2, scalable: true }));
}

/** @type {Set<string>} */
const qrCodes = new Set();
for (const { url, file, status, fallbackLanguage } of pages) {
  const page = server.render(url, fallbackLanguage);
  if (page.status !== status) {
    throw new Error(`Prerendering ${url}: expected status ${status}, the app rendered ${page.status}.`);
  }
  const target = join(distDir, file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, fillTemplate(template, page));
  const canonical = page.meta.addresses?.canonical;
  if (canonical && !qrCodes.has(canonical)) {
    qrCodes.add(canonical);
    await writeQrCode(canonical);
  }
}
for (const language of server.supportedLanguages) {
  const target = join(distDir, server.shareImagePath(language));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, renderShareImage(server.shareImageText(language)));
}
await writeFile(join(distDir, policyFile), `${contentSecurityPolicy(styleHashes)}\n`);
console.log(`Prerendered ${pages.length} pages and ${qrCodes.size} QR codes into dist/ for ${siteOrigin}.`);
