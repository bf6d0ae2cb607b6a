import { existsSync, readdirSync } from 'node:fs';
import { remote } from 'webdriverio';
import { ensureDisplay, xvfbMissing } from './display';
import type { AnyInPage, EngineLauncher, EnginePage, InPage } from './engine';
import { takeProbedProblems } from './problemProbe';
import { driverPath, startWebKitDriver, type WebKitDriver } from './webkitDriver';

const desktopSize = { width: 1280, height: 800 };
/** A MiniBrowser starts in about a second here, and in five on a machine under heavy load. */
const sessionStartTimeoutMs = 15_000;

/**
 * MiniBrowser, from libwebkit2gtk-4.1-0, sits in an architecture's library folder:
 * /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/ here.
 */
function findMiniBrowser(): string | undefined {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const libraryFolders = existsSync('/usr/lib') ? readdirSync('/usr/lib').map((name) => `/usr/lib/${name}`) : [];
  for (const folder of ['/usr/libexec', ...libraryFolders]) {
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      if (existsSync(`${folder}/${api}/MiniBrowser`)) return `${folder}/${api}/MiniBrowser`;
    }
  }
  return undefined;
}

export const webkit: EngineLauncher = {
  name: 'WebKitGTK',
  missing() {
    if (!existsSync(driverPath)) return `WebKitWebDriver is not installed at ${driverPath} (apt-get install webkit2gtk-driver)`;
    if (!findMiniBrowser()) return 'MiniBrowser was not found (apt-get install libwebkit2gtk-4.1-0, or set MINIBROWSER_PATH)';
    return xvfbMissing();
  },
  async launch() {
    const miniBrowser = findMiniBrowser();
    if (!miniBrowser) throw new Error(webkit.missing());
    const display = await ensureDisplay();
    let driver: WebKitDriver;
    try {
      driver = await startWebKitDriver(display.name);
    } catch (error) {
      await display.stop();
      throw error;
    }
    return {
      name: webkit.name,
      // The driver hears no console: the probe rides in each page instead (see probeProxy.ts).
      siteOptions: { injectProbe: true },
      async newPage() {
        try {
          return await openTab(driver.port, miniBrowser);
        } catch (error) {
          // When MiniBrowser fails to start (seen under heavy load: GTK's "cannot open display"),
          // WebKitWebDriver waits for it forever. A new driver gets one more try.
          const said = driver.output();
          console.warn(`WebKitGTK: no session (${error instanceof Error ? error.message : String(error)}); restarting WebKitWebDriver. It said: ${said}`);
          await driver.stop();
          driver = await startWebKitDriver(display.name);
          return openTab(driver.port, miniBrowser);
        }
      },
      async close() {
        await driver.stop();
        await display.stop();
      },
    };
  },
};

/**
 * A new WebDriver session, which is a new MiniBrowser: in automation mode its storage is ephemeral,
 * so each one starts with no cache, cookies, storage or service worker.
 */
async function openTab(driverPort: number, miniBrowser: string): Promise<EnginePage> {
  // WebdriverIO's types know no WebKitGTK options; the driver reads them as they are.
  const capabilities = {
    browserName: 'MiniBrowser',
    // This WebKitWebDriver speaks classic WebDriver only; asking for BiDi fails the session.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': {
      binary: miniBrowser,
      // Full screen hides MiniBrowser's toolbar, so the window is the viewport, and may be narrower
      // than the toolbar's 447 px minimum (phone widths). Without a window manager the window
      // keeps whatever size WebDriver gives it.
      args: ['--automation', '--full-screen'],
    },
    // Well inside a test's time, so a load that hangs fails with what hung, not as a test timeout.
    timeouts: { implicit: 0, pageLoad: 20_000, script: 10_000 },
  };
  const browser = await remote({
    hostname: '127.0.0.1',
    port: driverPort,
    logLevel: 'silent',
    connectionRetryCount: 0,
    connectionRetryTimeout: sessionStartTimeoutMs,
    capabilities,
  });
  const problems: string[] = [];
  const harvest = async () => {
    const probed = await browser.execute(takeProbedProblems);
    if (probed) problems.push(...probed);
    else problems.push(`no problem probe ran on ${await browser.getUrl()}, so nothing on it was observed`);
  };
  const page: EnginePage = {
    async goto(url) {
      await harvest();
      await browser.url(url);
    },
    async reload() {
      await harvest();
      await browser.refresh();
    },
    async evaluate<Args extends unknown[], Result>(fn: InPage<Args, Result>, ...args: Args) {
      return (await browser.execute(fn as AnyInPage<Result>, ...args)) as Result;
    },
    click: (selector) => browser.$(selector).click(),
    press: (key) => browser.keys(key),
    resize: (width, height) => browser.setWindowRect(null, null, width, height).then(() => undefined),
    async takeProblems() {
      await harvest();
      return problems.splice(0);
    },
    close: () => browser.deleteSession(),
  };
  await page.resize(desktopSize.width, desktopSize.height);
  return page;
}
