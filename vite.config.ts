/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { collectionData } from './scripts/collection/vitePlugin.js';
import { cssTargetBrowsers } from './scripts/cssTargets.js';
import { localeCheck } from './scripts/i18n/vitePlugin.js';
import { shortClassNames } from './scripts/shortClassNames.js';
import { siteOrigin } from './scripts/siteOrigin.js';

const srcDir = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [react(), localeCheck(), collectionData()],
  define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
  // Vite's readable names while developing; short ones in what readers download.
  css: command === 'build' ? { modules: { generateScopedName: shortClassNames(srcDir) } } : {},
  resolve: {
    alias: [{ find: '@', replacement: srcDir }],
  },
  build: {
    // The server build only renders HTML at build time; the browser build owns the public files.
    copyPublicDir: !isSsrBuild,
    // One stylesheet, which the build then splits by use (scripts/firstPaintStyles.js): what the
    // prerendered markup uses is inlined in every page, which paints before any script runs (see
    // src/main.tsx); the rest comes with the app.
    cssCodeSplit: false,
    cssTarget: cssTargetBrowsers,
    // The page's start script asks for every chunk the app starts with at once (scripts/firstPaint.js),
    // from Vite's manifest, and the chunks the app loads later import only chunks loaded by then.
    // Vite's own preloading would ask for them again from the entry: its links, added while the entry
    // ran, made that a task of 7-17 ms in Lighthouse's traces, a long one on a slow phone.
    manifest: !isSsrBuild,
    modulePreload: false,
  },
  test: {
    restoreMocks: true,
    // Components render in jsdom; the checks, addresses and text logic need no document, and a jsdom
    // per file would be a third of the suite's time on two cores. A .ts test that needs a document
    // says so in a `@vitest-environment jsdom` comment at its top.
    projects: [
      {
        extends: true,
        test: {
          name: 'pages',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.tsx'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'logic', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
    ],
  },
}));
