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
      // The narrowest phone we design for: what the popovers and reflow must survive.
      name: 'small-phone',
      testMatch: ['accessibility.spec.ts', 'citations.spec.ts', 'reading.spec.ts', 'keyboard.spec.ts'],
      use: {
        ...devices['Pixel 7'],
        browserName: 'chromium',
        viewport: { width: 320, height: 640 },
        launchOptions,
      },
    },
    {
      name: 'phone',
      testIgnore: [
        'mousePointer.spec.ts',
        'translationFallback.spec.ts',
        'server.spec.ts',
        'metadata.spec.ts',
        'structuredData.spec.ts',
        'offline.spec.ts',
        'hostileAddresses.spec.ts',
        'collection.spec.ts',
        // The player is the same at every width; its phone-only behaviour is tested at 390 px in
        // the desktop run, and the keyboard and axe specs open it on phones.
        'readAloud.spec.ts',
      ],
      use: {
        ...devices['Pixel 7'],
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        launchOptions,
      },
    },
    {
      name: 'desktop',
      testIgnore: ['translationFallback.spec.ts', 'collection.spec.ts'],
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
