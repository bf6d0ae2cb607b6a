/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localeCheck } from './scripts/i18n/vitePlugin.js';
import { siteOrigin } from './scripts/siteOrigin.js';

// Serves the app with the locales of a fixture folder instead, for tests of what readers see when a
// translation is incomplete (something the locale check never lets a build ship).
const localesFixture = process.env.LOCALES_FIXTURE;

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), localeCheck()],
  define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
  resolve: {
    alias: [
      ...(localesFixture
        ? [{ find: '@/i18n/localeFiles', replacement: fileURLToPath(new URL(`./${localesFixture}/localeFiles.ts`, import.meta.url)) }]
        : []),
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
    ],
  },
  build: {
    // The server build only renders HTML at build time; the browser build owns the public files.
    copyPublicDir: !isSsrBuild,
    // One stylesheet, linked from every page's head: the page paints before any script runs (see
    // src/main.tsx), so no style may arrive with a script. The popover's few rules ride along.
    cssCodeSplit: false,
    // Every browser that runs our module scripts also knows modulepreload.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
}));
