import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { AnyInPage, EngineLauncher, EnginePage, InPage } from './engine';
import { installProblemProbe, takeProbedProblems, type ProbeScope } from './problemProbe';

// Debian's Firefox ESR, driven over WebDriver BiDi: no geckodriver, nothing downloaded.
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const desktopSize = { width: 1280, height: 800 };

export const firefox: EngineLauncher = {
  name: 'Firefox ESR',
  missing: () =>
    existsSync(firefoxPath) ? undefined : `Firefox ESR is not installed at ${firefoxPath} (apt-get install firefox-esr, or set FIREFOX_PATH)`,
  async launch() {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      defaultViewport: desktopSize,
    });
    return {
      name: firefox.name,
      // Puppeteer hears the console itself.
      siteOptions: { injectProbe: false },
      newPage: () => openTab(browser),
      close: () => browser.close(),
    };
  },
};

/** A tab in a new browser context (a Firefox container): its own cache, storage and service workers. */
async function openTab(browser: Browser): Promise<EnginePage> {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const problems: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  // For what the console does not carry: failed loads and Content-Security-Policy violations.
  const scope: ProbeScope = 'beyondConsole';
  await tab.evaluateOnNewDocument(installProblemProbe, scope);

  const harvest = async () => {
    const probed = await tab.evaluate(takeProbedProblems);
    if (probed) problems.push(...probed);
    else problems.push(`no problem probe ran on ${tab.url()}, so failed loads on it were not observed`);
  };
  return {
    async goto(url) {
      await harvest();
      await tab.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await harvest();
      await tab.reload({ waitUntil: 'load' });
    },
    async evaluate<Args extends unknown[], Result>(fn: InPage<Args, Result>, ...args: Args) {
      return (await tab.evaluate(fn as AnyInPage<Result>, ...args)) as Result;
    },
    click: (selector) => tab.click(selector),
    press: (key) => tab.keyboard.press(key),
    resize: (width, height) => tab.setViewport({ width, height }),
    // WebDriver BiDi's browsingContext.print: Firefox's own print layout, as its print dialog makes it.
    print: () => tab.pdf({ format: 'A4' }),
    async takeProblems() {
      await harvest();
      return problems.splice(0);
    },
    close: () => context.close(),
  };
}
