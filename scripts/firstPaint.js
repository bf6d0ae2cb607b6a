// Shapes the page template for the first paint on a slow connection, which should come as soon as
// the HTML has arrived, as it would for a plain HTML page:
//   - the stylesheet is inlined, so painting waits for no second request;
//   - the scripts ask for low priority: none of them is needed to show the page (src/main.tsx waits
//     for the first paint anyway), so the HTML's bytes go first.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { styleHash } from './contentSecurityPolicy.js';

/**
 * @param {string} template dist/index.html as Vite wrote it
 * @param {string} distDir
 * @returns {Promise<{ template: string, styleHashes: string[] }>}
 */
export async function prepareForFirstPaint(template, distDir) {
  const stylesheetLink = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/;
  const stylesheet = stylesheetLink.exec(template)?.[1];
  if (!stylesheet) throw new Error('dist/index.html links no stylesheet to inline.');
  const css = (await readFile(join(distDir, stylesheet), 'utf8')).trim();
  if (/<\/style/i.test(css)) throw new Error(`${stylesheet} contains "</style", which would end the inline stylesheet early.`);

  // Every page carries it now; left in place, the service worker would download it for nothing.
  await rm(join(distDir, stylesheet));
  const shaped = template
    .replace(stylesheetLink, () => `<style>${css}</style>`)
    .replace(/<script type="module"/g, '<script type="module" fetchpriority="low"')
    .replace(/<link rel="modulepreload"/g, '<link rel="modulepreload" fetchpriority="low"');
  return { template: shaped, styleHashes: [styleHash(css)] };
}
