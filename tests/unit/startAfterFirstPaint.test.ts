// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareForFirstPaint } from '../../scripts/firstPaint.js';

const viteTemplate = `<!doctype html>
<html lang="nl">
  <head>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="/assets/index-AbC123.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-XyZ789.css">
  </head>
  <body>
    <div id="root"><!--app-html--></div>
  </body>
</html>`;

const icon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32"/></svg>\n';

/**
 * Vite's manifest of that build: the entry imports React DOM and then the app, which imports a shared
 * chunk and, later, a citation's dialog.
 */
const viteManifest = {
  'src/main.tsx': { file: 'assets/index-AbC123.js', isEntry: true, dynamicImports: ['node_modules/react-dom/client.js', 'src/hydrateApp.tsx'] },
  'node_modules/react-dom/client.js': { file: 'assets/client-1.js', imports: ['src/main.tsx', '_react-2.js'] },
  '_react-2.js': { file: 'assets/react-2.js', imports: ['src/main.tsx'] },
  'src/hydrateApp.tsx': { file: 'assets/hydrateApp-3.js', imports: ['_react-2.js', 'node_modules/react-dom/client.js'], dynamicImports: ['src/CitationDialog.tsx'] },
  'src/CitationDialog.tsx': { file: 'assets/CitationDialog-4.js', imports: ['src/hydrateApp.tsx'] },
};

/** A dist folder with the stylesheet and the icon the template links, and Vite's manifest. */
function distDirWith({ css = 'p {}', favicon = icon, manifest = viteManifest as object | null } = {}) {
  const distDir = mkdtempSync(join(tmpdir(), 'first-paint-'));
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(join(distDir, 'index.css'), css);
  writeFileSync(join(distDir, 'favicon.svg'), favicon);
  if (manifest) {
    mkdirSync(join(distDir, '.vite'));
    writeFileSync(join(distDir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  }
  return distDir;
}

/** Vite's template, its stylesheet at the top of the dist folder. */
const templateWith = (template = viteTemplate) => template.replace('/assets/index-XyZ789.css', '/index.css');

/** The stylesheet of that build: the page's own rules, and a popover's, which only the app draws. */
const appStyles = 'body { margin: 0 } .lead { font-weight: 500 } .popover { border: 1px solid } @media print { .popover { display: none } }';
/** The class names in the rendered pages. */
const renderedClasses = new Set(['lead']);

async function shapedTemplate(distDir = distDirWith({ css: appStyles })) {
  return prepareForFirstPaint(templateWith(), distDir, renderedClasses);
}

/** The inline script as every built page carries it. */
async function startScript(distDir?: string) {
  const { template } = await shapedTemplate(distDir);
  const scripts = [...template.matchAll(/<script type="module">(.*?)<\/script>/gs)].map((match) => match[1] ?? '');
  expect(scripts).toHaveLength(1);
  return scripts[0] ?? '';
}

/** A browser that reports its first paint when the test says so, as Chromium does. */
function fakePaintObserver() {
  const observers: Array<(entries: { getEntriesByName: (name: string) => unknown[] }) => void> = [];
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      constructor(callback: (entries: { getEntriesByName: (name: string) => unknown[] }) => void) {
        observers.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  return {
    paint: () => observers.forEach((callback) => callback({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) })),
  };
}

const appScripts = () => [...document.head.querySelectorAll('script[type="module"]')].map((script) => script.getAttribute('src'));
const preloads = () => [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'));
const stylesheets = () => [...document.head.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href'));

describe('the page template, shaped for the first paint', () => {
  it('asks for nothing before the first paint, and allows its one inline script by its hash', async () => {
    const { template, scriptHashes, styleHashes } = await shapedTemplate();
    expect(template).not.toMatch(/<script[^>]*\ssrc=/);
    // The icon comes drawn as a 32-pixel PNG, which a browser only decodes, where an SVG icon would
    // cost the page's main thread a document of its own.
    const inlineIcon = /<link rel="icon" href="data:image\/png;base64,([^"]+)" type="image\/png" sizes="32x32" \/>/.exec(template)?.[1] ?? '';
    const png = Buffer.from(inlineIcon, 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
    expect(template).not.toContain('favicon.svg');
    expect(template).toContain('<style>body{margin:0}.lead{font-weight:500}</style>');
    // A module script: it runs once the page is parsed, so a paint in between does not wait for it.
    const inline = /<script type="module">(.*?)<\/script>\s*<\/body>/s.exec(template)?.[1] ?? '';
    expect(inline).toContain('/assets/index-AbC123.js');
    expect(scriptHashes).toEqual([`'sha256-${createHash('sha256').update(inline).digest('base64')}'`]);
    expect(styleHashes).toHaveLength(1);
  });

  it('carries only the style rules its pages can use, and leaves the rest to a stylesheet the start script asks for', async () => {
    const distDir = distDirWith({ css: appStyles });
    const { template, styleHashes } = await shapedTemplate(distDir);
    const inline = /<style>(.*?)<\/style>/s.exec(template)?.[1] ?? '';
    expect(inline).not.toContain('popover');
    expect(styleHashes).toEqual([`'sha256-${createHash('sha256').update(inline).digest('base64')}'`]);
    const later = readdirSync(join(distDir, 'assets')).filter((file) => file.endsWith('.css'));
    expect(later).toHaveLength(1);
    expect(readFileSync(join(distDir, 'assets', later[0] ?? ''), 'utf8')).toBe('.popover{border:1px solid}@media print{.popover{display:none}}');
    expect(template).toContain(`/assets/${later[0]}`);
    // The whole stylesheet is in the two now, and a service worker would download it for nothing.
    expect(existsSync(join(distDir, 'index.css'))).toBe(false);
  });

  it('writes no second stylesheet when the pages use every rule', async () => {
    const distDir = distDirWith({ css: '.lead { font-weight: 500 }' });
    const { template } = await shapedTemplate(distDir);
    expect(template).toContain('<style>.lead{font-weight:500}</style>');
    expect(readdirSync(join(distDir, 'assets'))).toEqual([]);
  });

  it('fails the build when Vite links a script to preload, which would come before the first paint', async () => {
    const withPreload = templateWith(viteTemplate.replace('</head>', '<link rel="modulepreload" crossorigin href="/assets/shared-1.js">\n  </head>'));
    await expect(prepareForFirstPaint(withPreload, distDirWith(), renderedClasses)).rejects.toThrow(/besides its entry/);
  });

  it("leaves Vite's manifest out of what the site serves", async () => {
    const distDir = distDirWith();
    await prepareForFirstPaint(templateWith(), distDir, renderedClasses);
    expect(existsSync(join(distDir, '.vite'))).toBe(false);
  });

  it('fails the build, saying what to set, when Vite wrote no manifest', async () => {
    await expect(prepareForFirstPaint(templateWith(), distDirWith({ manifest: null }), renderedClasses)).rejects.toThrow(/build\.manifest/);
  });

  it('fails the build, naming the file, when the icon cannot be drawn', async () => {
    await expect(prepareForFirstPaint(templateWith(), distDirWith({ favicon: '<svg><rect width="32"' }), renderedClasses)).rejects.toThrow(/public\/favicon\.svg/);
  });

  it('fails the build when Vite links no entry script', async () => {
    const withoutEntry = templateWith(viteTemplate.replace(/<script[^>]*><\/script>/, ''));
    await expect(prepareForFirstPaint(withoutEntry, distDirWith(), renderedClasses)).rejects.toThrow(/no entry script/);
  });
});

describe('the start script', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    document.head.innerHTML = '';
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks for the app once the browser reports the first paint, not before', async () => {
    const browser = fakePaintObserver();
    new Function(await startScript())();
    vi.advanceTimersByTime(0);
    expect(appScripts()).toEqual([]);
    expect(preloads()).toEqual([]);

    expect(stylesheets()).toEqual([]);

    browser.paint();
    vi.advanceTimersToNextTimer();
    expect(appScripts()).toEqual(['/assets/index-AbC123.js']);
    // The styles of what only the app draws, asked for before the app, which is far larger.
    expect(stylesheets()).toEqual([expect.stringMatching(/^\/assets\/app-[\w-]+\.css$/)]);
    expect(document.head.querySelector('link[rel="stylesheet"] ~ script[src]')).not.toBeNull();
    // Then every chunk it goes on to import, so that none waits for another to arrive; not the
    // dialog, which the app loads when a reader opens a citation. One a task, so that none of them is long.
    expect(preloads()).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(preloads()).toEqual(['/assets/client-1.js']);
    vi.advanceTimersByTime(10);
    expect(preloads()).toEqual(['/assets/client-1.js', '/assets/react-2.js', '/assets/hydrateApp-3.js']);
    // Later signals of the same paint start nothing more.
    vi.advanceTimersByTime(5000);
    expect(appScripts()).toHaveLength(1);
  });

  it('starts a moment after the second animation frame where the browser records no paint entry', async () => {
    fakePaintObserver();
    const framesAskedFor = vi.spyOn(window, 'requestAnimationFrame');
    new Function(await startScript())();
    // The frames are watched only once the entry is overdue.
    vi.advanceTimersByTime(149);
    expect(framesAskedFor).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    // The frame is painted, but perhaps not yet on screen: the entry may still come.
    vi.advanceTimersByTime(200);
    expect(appScripts()).toEqual([]);
    vi.advanceTimersByTime(51);
    expect(appScripts()).toEqual(['/assets/index-AbC123.js']);
  });

  it('asks for no animation frame where the paint entry comes in time, as in Chromium', async () => {
    // A frame's callback would run as a task of its own just after the first paint.
    const browser = fakePaintObserver();
    const framesAskedFor = vi.spyOn(window, 'requestAnimationFrame');
    new Function(await startScript())();
    vi.advanceTimersByTime(90);
    browser.paint();
    vi.advanceTimersByTime(5000);
    expect(appScripts()).toEqual(['/assets/index-AbC123.js']);
    expect(framesAskedFor).not.toHaveBeenCalled();
  });

  it('starts after two seconds in a tab that is shown but renders no frames', async () => {
    fakePaintObserver();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    new Function(await startScript())();
    vi.advanceTimersByTime(1999);
    expect(appScripts()).toEqual([]);
    vi.advanceTimersByTime(2);
    expect(appScripts()).toEqual(['/assets/index-AbC123.js']);
  });

  it('asks for no second stylesheet where the page carries every rule', async () => {
    const browser = fakePaintObserver();
    new Function(await startScript(distDirWith({ css: '.lead { font-weight: 500 }' })))();
    browser.paint();
    vi.advanceTimersByTime(5000);
    expect(appScripts()).toEqual(['/assets/index-AbC123.js']);
    expect(stylesheets()).toEqual([]);
  });

  it('starts at once in a background tab, which paints nothing until shown', async () => {
    fakePaintObserver();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    new Function(await startScript())();
    expect(appScripts()).toEqual(['/assets/index-AbC123.js']);
    expect(stylesheets()).toHaveLength(1);
  });
});
