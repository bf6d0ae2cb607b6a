// The JavaScript a page needs before a reader can use it: every script requested from a cold load
// until React has hydrated the page (the html element gets data-hydrated), leaving out what the page
// loads later on its own (the code of "Cite this page", the service worker's window script). Sizes
// come from the build's files, so they do not depend on how the server compressed them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { quietNetworkFlags } from '../chromium.js';

/**
 * @typedef {{ path: string, bytes: number, brotliBytes: number }} ScriptFile
 * @typedef {{ files: ScriptFile[], bytes: number, brotliBytes: number, laterFiles: string[] }} InitialScripts
 *   laterFiles: the scripts requested once the page had hydrated, which are not counted
 */

// Runs in the page before its own scripts: notes the moment the html element is marked hydrated.
// A MutationObserver would hear of it only after the task that marks it, and React starts fetching
// the code it loads once hydrated ("Cite this page") in that very task, so the mark is caught where
// it is made: through dataset, as the app sets it, or setAttribute.
function noteHydration() {
  const stamp = () => Object.assign(window, { hydratedAt: performance.now() });
  const isHydratedMark = (/** @type {unknown} */ element, /** @type {string | symbol} */ name) =>
    element === document.documentElement && (name === 'hydrated' || name === 'data-hydrated');
  const datasetOf = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset')?.get;
  Object.defineProperty(HTMLElement.prototype, 'dataset', {
    configurable: true,
    /** @this {HTMLElement} */
    get() {
      return new Proxy(datasetOf?.call(this), {
        set: (target, name, value) => {
          if (isHydratedMark(this, name)) stamp();
          return Reflect.set(target, name, value);
        },
      });
    },
  });
  const setAttribute = Element.prototype.setAttribute;
  /** @this {Element} @param {string} name @param {string} value */
  Element.prototype.setAttribute = function setAttributeNoting(name, value) {
    if (isHydratedMark(this, name)) stamp();
    setAttribute.call(this, name, value);
  };
}

/**
 * @param {string} url a page of a running build
 * @param {string} distDir the build's folder, to size the scripts from
 * @param {string} chromePath
 * @returns {Promise<InitialScripts>}
 */
export async function initialScripts(url, distDir, chromePath) {
  const browser = await chromium.launch({ executablePath: chromePath, args: quietNetworkFlags });
  try {
    // A new context has an empty cache; blocking the service worker keeps a repeat from being warm.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(noteHydration);
    /** @type {Set<string>} */
    const scriptUrls = new Set();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scriptUrls.add(request.url());
    });
    await page.goto(url);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    // Of the scripts requested, those the page began to fetch before hydration ended. Resource Timing
    // lists a fetch once it is done, as every script hydration waited for is by now.
    const beforeHydration = new Set(
      await page.evaluate(() => {
        const hydratedAt = /** @type {number | undefined} */ (/** @type {any} */ (window).hydratedAt);
        if (hydratedAt === undefined) throw new Error('The page was marked hydrated in a way the benchmark does not watch.');
        return performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime <= hydratedAt)
          .map((entry) => entry.name);
      }),
    );
    await context.close();
    const pathsOf = (/** @type {boolean} */ early) =>
      [...scriptUrls].filter((scriptUrl) => beforeHydration.has(scriptUrl) === early).map((scriptUrl) => new URL(scriptUrl).pathname).sort();
    const files = pathsOf(true).map((path) => {
      const content = readFileSync(join(distDir, path));
      return { path, bytes: content.length, brotliBytes: brotliCompressSync(content).length };
    });
    return {
      files,
      bytes: files.reduce((total, file) => total + file.bytes, 0),
      brotliBytes: files.reduce((total, file) => total + file.brotliBytes, 0),
      laterFiles: pathsOf(false),
    };
  } finally {
    await browser.close();
  }
}
