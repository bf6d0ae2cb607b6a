import { expect, it } from 'vitest';
import { startSite } from '../site';
import { withPage, type Check } from '../suite';
import { expectEventually, untilHydrated, untilInPage } from '../waiting';

/**
 * After one visit the article is saved for offline: a reload works with the server gone. Both
 * engines do this: WebKitGTK 2.50 runs service workers in WebDriver's ephemeral sessions, and its
 * reload is served from the saved copy and hydrates like Firefox's.
 */
export const offlineReload: Check = (suite) => {
  it('after one visit, /nl/vitamine-b12-en-als/ reloads with its server stopped', async () => {
    // Its own server, since this test stops it.
    const site = await startSite(suite.engine.siteOptions);
    try {
      await withPage(suite.engine, async (page) => {
        await page.goto(`${site.origin}/nl/vitamine-b12-en-als/`);
        await untilHydrated(page);
        // The worker claims the page it installs from (clientsClaim in scripts/service-worker.js).
        await untilInPage(page, () => navigator.serviceWorker?.controller?.state === 'activated', {
          timeoutMs: 20_000,
          message: 'No active service worker came to control the page',
        });
        // The article saves itself for offline reading once the worker is ready (src/offline).
        await untilInPage(
          page,
          () => {
            void caches
              .open('pages')
              .then((pages) => pages.match(window.location.pathname))
              .then((saved) => void (document.documentElement.dataset.saved = saved ? 'yes' : 'no'));
            return document.documentElement.dataset.saved === 'yes';
          },
          { timeoutMs: 20_000, message: 'The article was never saved for offline reading' },
        );
        // Marks this document, to tell a real reload from a page that never went away.
        await page.evaluate(() => void (document.documentElement.dataset.beforeReload = ''));

        await site.stop();
        const stillAnswers = await fetch(`${site.origin}/nl/vitamine-b12-en-als/`).then(
          () => true,
          () => false,
        );
        expect(stillAnswers, 'the server is gone').toBe(false);

        await page.reload();
        await untilHydrated(page);
        await expectEventually(
          page,
          () => ({
            reloaded: !document.documentElement.hasAttribute('data-before-reload'),
            title: document.querySelector('h1')?.textContent,
          }),
          undefined,
          { reloaded: true, title: 'Vitamine B12 en ALS' },
          'the article, reloaded from the service worker',
        );
      });
    } finally {
      await site.close();
    }
  });
};
