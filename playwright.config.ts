import { defineConfig, devices } from '@playwright/test';
import { chromiumHeadlessShellPath, quietNetworkFlags } from './scripts/chromium.js';

const port = Number(process.env.E2E_PORT ?? 4174);
const devPort = port + 1;
const twoArticlesPort = port + 2;

// Debian's Chromium headless shell, never a downloaded one: this machine cannot fetch browsers. A
// missing browser fails the run loudly at launch; no test is ever skipped for it.
const launchOptions = {
  executablePath: chromiumHeadlessShellPath,
  args: quietNetworkFlags,
};

const fixtureServers = [
  {
    command: 'node tests/fixtures/second-article/serve.js',
    env: { PORT: String(twoArticlesPort) },
    url: `http://localhost:${twoArticlesPort}/nl/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
  {
    command: `node tests/fixtures/partial-english/serve.js --port ${devPort} --strictPort`,
    url: `http://localhost:${devPort}/en/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    // Each test is a first visit, where the service worker only installs in the background, copying
    // half a megabyte per test for nothing. offline.spec.ts tests the site with it.
    serviceWorkers: 'block',
    launchOptions,
  },
  projects: [
    {
      // The narrowest phone we design for: what the sheet, the header and reflow must survive, and
      // where every page is checked with axe and walked by keyboard on a phone.
      name: 'small-phone',
      testMatch: ['accessibility.spec.ts', 'citations.spec.ts', 'citationSheet.spec.ts', 'reading.spec.ts', 'keyboard.spec.ts'],
      use: {
        ...devices['Pixel 7'],
        browserName: 'chromium',
        viewport: { width: 320, height: 640 },
        launchOptions,
      },
    },
    {
      // A common phone: the sheet at its height, and what a phone reader does that the desktop run
      // does not show. What behaves the same at 320 px runs there only.
      name: 'phone',
      testMatch: ['citationSheet.spec.ts', 'sections.spec.ts', 'languageSwitch.spec.ts', 'share.spec.ts', 'reviewDates.spec.ts', 'withoutJavaScript.spec.ts'],
      use: {
        ...devices['Pixel 7'],
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        launchOptions,
      },
    },
    {
      name: 'desktop',
      testIgnore: ['translationFallback.spec.ts', 'collection.spec.ts', 'citationSheet.spec.ts'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      // A build with a second, invented article beside the shipped one (tests/fixtures/second-article).
      name: 'two-articles',
      testMatch: ['collection.spec.ts'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: `http://localhost:${twoArticlesPort}`, launchOptions },
    },
    {
      // The dev server with an incomplete English fixture: what a reader sees if a string is missing.
      name: 'translation-fallback',
      testMatch: ['translationFallback.spec.ts'],
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${devPort}`, launchOptions },
    },
  ],
  webServer: [
    {
      command: 'node scripts/serve.js',
      env: { PORT: String(port) },
      url: `http://localhost:${port}/nl/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    // E2E_MAIN_ONLY=1 leaves out the two fixture sites, each a build of its own, when working on a
    // spec of the shipped site alone. CI never sets it.
    ...(process.env.E2E_MAIN_ONLY ? [] : fixtureServers),
  ],
});
