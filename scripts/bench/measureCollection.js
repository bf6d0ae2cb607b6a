// Everything the collection benchmark wants to know of one collection, in a copy of the project
// (projectCopy.js): grows the collection if asked, builds it, and measures the build, its output and
// an article page's initial JavaScript.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from '../chromium.js';
import { distSize } from './distSize.js';
import { generateCollection, templateArticle } from './generateCollection.js';
import { initialScripts } from './initialScripts.js';
import { serveBuild } from './serveBuild.js';
import { printedNumber, timedBuild } from './timedBuild.js';

/**
 * @typedef {{
 *   articles: number,
 *   languages: number,
 *   slugsPerLanguage: boolean,
 *   pagePath: string,
 *   build: ReturnType<typeof timedBuild>,
 *   prerender: { milliseconds: number, pages: number, forwardingPages: number } | undefined,
 *   precache: { files: number, kibibytes: number } | undefined,
 *   size: ReturnType<typeof distSize>,
 *   scripts: import('./initialScripts.js').InitialScripts,
 * }} CollectionFigures
 */

/** @param {string} folder */
const countFolders = (folder) => readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;

/**
 * @param {string} copy a copy of the project, made by copyProject
 * @param {Parameters<typeof generateCollection>[1] | undefined} grownTo  the shipped collection if not given
 * @param {number} port
 * @returns {Promise<CollectionFigures>}
 */
export async function measureCollection(copy, grownTo, port) {
  if (grownTo) generateCollection(copy, grownTo);
  const size = {
    articles: countFolders(join(copy, 'content')),
    languages: countFolders(join(copy, 'locales')),
    slugsPerLanguage: Boolean(grownTo?.slugsPerLanguage),
  };
  const build = timedBuild(copy);
  const prerendered = printedNumber(build.steps, /Prerendered (\d+) pages/);
  const forwarding = printedNumber(build.steps, /(\d+) forwarding pages/);
  const precached = /Service worker precaches (\d+) files \((\d+) KiB\)/.exec(build.steps.map((step) => step.output).join('\n'));
  const pagePath = templateArticle(copy).path;
  const server = await serveBuild(copy, port, pagePath);
  try {
    return {
      ...size,
      pagePath,
      build,
      prerender: prerendered && {
        milliseconds: prerendered.step.milliseconds,
        pages: prerendered.value,
        forwardingPages: forwarding?.value ?? 0,
      },
      precache: precached ? { files: Number(precached[1]), kibibytes: Number(precached[2]) } : undefined,
      size: distSize(join(copy, 'dist')),
      scripts: await initialScripts(`${server.origin}${pagePath}`, join(copy, 'dist'), chromiumPath),
    };
  } finally {
    await server.stop();
  }
}
