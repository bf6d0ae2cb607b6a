import { useEffect } from 'react';
import type { Article } from '@/collection/article';
import { dataPaths } from '@/collection/fetchingStore';
import { figuresOf } from '@/collection/figurePath';
import { whenPageIsIdle } from '@/layout/whenPageIsIdle';
import { articlePath } from '@/routing/addresses';
import { qrCodePath } from '@/routing/qrCodePath';

/** The service worker's caches for pages and for articles' data (scripts/service-worker.js). */
export const offlineCaches = { pages: 'pages', articles: 'articles' } as const;

/**
 * Every address an article's pages need in one language: its pages, its data, its text, its figures,
 * and each page's QR code, which a handout printed offline shows.
 */
export function offlineAddresses(article: Article, language: string): { pages: string[]; data: string[] } {
  const pages = [articlePath(language, article), ...article.sections.map((section) => articlePath(language, article, section.id))];
  return {
    pages,
    data: [
      dataPaths.article(article.id),
      dataPaths.text(language, article.id),
      ...figuresOf(article).map((figure) => figure.path),
      ...pages.map(qrCodePath),
    ],
  };
}

/**
 * Saves the article being read, in its language, for reading offline: every section's page, so a
 * section's address opens cold without a network too, and its data and figures. The service worker
 * keeps what it fetches anyway; this also covers the first visit, before the worker controls the page.
 */
export function useSaveForOffline(article: Article, language: string): void {
  useEffect(() => {
    if (!('caches' in window) || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
    let cancelled = false;
    const { pages, data } = offlineAddresses(article, language);
    const save = async () => {
      if (cancelled) return;
      try {
        for (const [cacheName, addresses] of [
          [offlineCaches.articles, data],
          [offlineCaches.pages, pages],
        ] as const) {
          const cache = await caches.open(cacheName);
          // One at a time: all at once, the answers arrive together and hold up the page for as long
          // as a phone takes to store a dozen of them, just after the page has come to life.
          for (const address of addresses) {
            if (cancelled) return;
            await cache.add(address);
          }
        }
      } catch {
        // Offline already, or storage full: the rest of the article is not saved this time.
      }
    };
    // Once the worker is installed, so nothing is fetched twice on a slow first visit; and on a later
    // visit, once the page has come to life.
    const cancelWait = whenPageIsIdle(() => void navigator.serviceWorker.ready.then(save));
    return () => {
      cancelled = true;
      cancelWait();
    };
  }, [article, language]);
}
