// Shapes the page template for the first paint on a slow connection, which should come as soon as
// the HTML has arrived, as it would for a plain HTML page:
//   - the stylesheet is inlined, so painting waits for no second request: the rules the rendered
//     pages can use, and the rest, for what only the app draws, comes with the app
//     (scripts/firstPaintStyles.js);
//   - no script is asked for before that paint: the entry script Vite links from the head becomes a
//     small inline script at the end of the body, which loads it once the page has painted
//     (src/startAfterFirstPaint.js). It is a module script, so it runs once the page is parsed, not
//     inside the parsing: a first paint that comes between the two does not wait for it to compile
//     and run. It asks for the chunks the entry goes on to load at the same time, so none waits for
//     another to arrive (scripts/appChunks.js);
//   - nor the icon, which the page carries as a data address (under a kilobyte): a browser asks
//     for it while the page loads. It is a 32-pixel PNG drawn from public/favicon.svg, as an SVG
//     icon costs the page's main thread a document of its own, built while the first paint is
//     still on its way to the screen; a PNG is only decoded.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'vite';
import { startAfterFirstPaint } from '../src/startAfterFirstPaint.js';
import { chunksTheEntryLoads, takeManifest } from './appChunks.js';
import { inlineHash } from './contentSecurityPolicy.js';
import { drawnAsSmallestPng } from './drawing.js';
import { splitByUse } from './firstPaintStyles.js';

/**
 * How long the start script waits for a paint the browser may never report. Long enough for a busy
 * phone: a page that sometimes took over a second to paint here had, after half a second, started
 * fetching and running the app first, which held that paint back further.
 */
const longestWaitForPaint = 2000;

/** A tab's icon is 16 pixels wide, 32 on most phones and laptops' screens. */
const iconPixels = 32;

/** @param {string} svg public/favicon.svg */
function drawnIcon(svg) {
  try {
    return drawnAsSmallestPng(svg, iconPixels).toString('base64');
  } catch (error) {
    throw new Error(`public/favicon.svg could not be drawn as the pages' icon: ${error instanceof Error ? error.message : error}`);
  }
}

/**
 * Writes the rules no rendered page uses as a stylesheet of their own, named by their content as
 * Vite names its files, so that a reader's cache never holds an old one under the same address.
 * @param {string} css
 * @param {string} distDir
 * @returns {Promise<string | null>} its address, or null when every rule is used
 */
async function writeLaterStylesheet(css, distDir) {
  if (css === '') return null;
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
  const file = `assets/app-${hash}.css`;
  await writeFile(join(distDir, file), css);
  return `/${file}`;
}

/**
 * @param {string} template dist/index.html as Vite wrote it
 * @param {string} distDir
 * @param {ReadonlySet<string>} renderedClasses every class name in the prerendered pages
 * @returns {Promise<{ template: string, styleHashes: string[], scriptHashes: string[] }>}
 */
export async function prepareForFirstPaint(template, distDir, renderedClasses) {
  const stylesheetLink = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/;
  const stylesheet = stylesheetLink.exec(template)?.[1];
  if (!stylesheet) throw new Error('dist/index.html links no stylesheet to inline.');
  const { firstPaint: css, later } = splitByUse(await readFile(join(distDir, stylesheet), 'utf8'), renderedClasses);
  if (/<\/style/i.test(css)) throw new Error(`${stylesheet} contains "</style", which would end the inline stylesheet early.`);
  const laterStylesheet = await writeLaterStylesheet(later, distDir);

  const entryScript = /<script type="module"[^>]*src="(\/assets\/[^"<>]+\.js)"[^>]*><\/script>\s*/;
  const entry = entryScript.exec(template)?.[1];
  if (!entry) throw new Error('dist/index.html links no entry script to start after the first paint.');
  const chunks = chunksTheEntryLoads(await takeManifest(distDir), entry);
  // Minified: every page carries it, and its source is mostly its names (1,802 bytes, 889 minified).
  const source = `(${startAfterFirstPaint})(${JSON.stringify(entry)}, ${JSON.stringify(chunks)}, ${JSON.stringify(laterStylesheet)}, ${longestWaitForPaint});`;
  const { code: start, errors } = await minify('startAfterFirstPaint.js', source);
  if (errors.length > 0) throw new Error(`The start script could not be minified: ${errors.map((error) => error.message).join('; ')}`);

  const iconLink = /<link rel="icon" href="\/favicon\.svg"[^>]*>/;
  if (!iconLink.test(template)) throw new Error('dist/index.html links no /favicon.svg to inline.');
  const icon = drawnIcon(await readFile(join(distDir, 'favicon.svg'), 'utf8'));

  // Its rules are in the pages and in the later stylesheet now; left in place, the service worker
  // would download it for nothing.
  await rm(join(distDir, stylesheet));
  const shaped = template
    .replace(stylesheetLink, () => `<style>${css}</style>`)
    .replace(entryScript, '')
    .replace(iconLink, () => `<link rel="icon" href="data:image/png;base64,${icon}" type="image/png" sizes="${iconPixels}x${iconPixels}" />`)
    .replace('</body>', () => `<script type="module">${start}</script>\n  </body>`);
  if (/<script[^>]*\ssrc=|<link rel="modulepreload"/.test(shaped)) {
    throw new Error('dist/index.html asks for a script besides its entry, which would load before the first paint.');
  }
  return { template: shaped, styleHashes: [inlineHash(css)], scriptHashes: [inlineHash(start)] };
}
