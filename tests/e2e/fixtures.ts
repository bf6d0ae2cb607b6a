import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Resolves once React has hydrated the page (see MarkHydrated in src/hydrateApp.tsx). */
async function untilHydrated(page: Page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Every test fails on a console error, a warning from React, or an uncaught exception. */
export const test = base.extend<{
  consoleProblems: string[];
  foreignRequests: string[];
  waitForHydration: boolean;
  /** A test that takes the network away expects the browser to say when a fetch fails. */
  networkFailuresExpected: boolean;
}>({
  waitForHydration: [true, { option: true }],
  networkFailuresExpected: [false, { option: true }],
  // The page shows before React hydrates it (src/startAfterFirstPaint.js), and a click in between does nothing, as
  // it would for a reader. Tests act like a reader who waits for the page, unless scripts are off.
  page: async ({ page, javaScriptEnabled, waitForHydration }, use) => {
    if (javaScriptEnabled !== false && waitForHydration) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await untilHydrated(page);
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await untilHydrated(page);
        return response;
      };
    }
    await use(page);
  },
  consoleProblems: [
    async ({ page, networkFailuresExpected }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        // A not-found page is served with status 404 on purpose, and Chromium logs that status.
        const isThePageOwn404 = message.location().url === page.url() && message.text().includes('status of 404');
        const isExpectedFailure = networkFailuresExpected && /net::ERR_(INTERNET_DISCONNECTED|FAILED)/.test(message.text());
        // Playwright's own note where a test runs without the service worker (see playwright.config.ts).
        const isBlockedServiceWorker = message.text() === 'Service Worker registration blocked by Playwright';
        if (!isThePageOwn404 && !isExpectedFailure && !isBlockedServiceWorker) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(`Uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors, warnings or uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
  // The site asks no other host for anything: no fonts, no analytics, no CDN. Every test checks it,
  // for its pages and its service worker alike. (Watched, not intercepted: interception would turn
  // off the HTTP cache and change what the offline tests test.)
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      context.on('request', (request) => {
        const { protocol, hostname } = new URL(request.url());
        if ((protocol === 'http:' || protocol === 'https:') && hostname !== 'localhost') foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'requests to another host').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Resolves once neither the scroll position nor the page's height has changed for five frames: a
 * smooth scroll has ended, and a part that came near the screen has taken its true height.
 */
export async function untilPageAtRest(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const reading = () => `${window.scrollY} ${document.documentElement.scrollHeight}`;
        let last = reading();
        let stillFrames = 0;
        const watch = () => {
          const now = reading();
          stillFrames = now === last ? stillFrames + 1 : 0;
          last = now;
          if (stillFrames >= 5) resolve();
          else requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      }),
  );
}

/**
 * Resolves once the page has been laid out in full (src/layout/layOutInFull.ts): every part has its
 * true height, not a guess. A reader who has read a line has given the page that moment.
 */
export async function untilLaidOutInFull(page: Page) {
  await page.locator('html[data-laid-out-in-full]').waitFor({ state: 'attached' });
  await untilPageAtRest(page);
}

/**
 * axe-core with the WCAG 2.2 A and AA rules, on the whole page as a reader sees each part on screen.
 * A part the browser has not laid out yet (content-visibility: auto, far from the screen) has no
 * places to hit, and axe takes its controls for covered ones (axe-core#2768); so while axe looks,
 * every such part is rendered, then set back. Rendered at once, the parts above the screen take
 * their true heights, which would move what is on screen (under the sticky header, say) where a
 * reader's scrolling never does (the browser anchors it): so what is in the middle of the screen is
 * kept in its place.
 */
export async function accessibilityViolations(page: Page) {
  // The page at rest, as a reader judges it: a smooth scroll under way (reading aloud follows the
  // text) catches a target half under the sticky header, in a frame no reader stops at.
  await untilPageAtRest(page);
  const renderEverything = (render: boolean) =>
    page.evaluate((render) => {
      const middle = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      const topBefore = middle?.getBoundingClientRect().top ?? 0;
      if (render) {
        const skippable = [...document.querySelectorAll<HTMLElement>('*')].filter((element) => getComputedStyle(element).contentVisibility === 'auto');
        skippable.forEach((element) => element.style.setProperty('content-visibility', 'visible'));
      } else {
        document.querySelectorAll<HTMLElement>('[style*="content-visibility"]').forEach((element) => element.style.removeProperty('content-visibility'));
      }
      window.scrollBy({ top: (middle?.getBoundingClientRect().top ?? 0) - topBefore, behavior: 'instant' });
    }, render);
  await renderEverything(true);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  await renderEverything(false);
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/**
 * On phones the contents sit behind a disclosure (the browser's own <summary>, which has no ARIA role
 * to query by); on wide screens they are always there.
 */
export async function openContents(page: Page, toggleName: string) {
  const toggle = page.locator('summary', { hasText: toggleName });
  if (await toggle.isVisible()) await toggle.click();
}
