import type { Article } from './article';
import { summaryOf, type ArticleSummary, type ContentStore } from './store';

/** Where the build puts the collection's data (see scripts/collection/vitePlugin.js). */
export const dataPaths = {
  summaries: '/data/collection.json',
  article: (id: string) => `/data/articles/${encodeURIComponent(id)}.json`,
  text: (language: string, namespace: string) =>
    `/data/locales/${encodeURIComponent(language)}/${encodeURIComponent(namespace)}.json`,
};

export async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The browser's store: articles and the list arrive as the reader needs them, each fetched once. */
export function createFetchingStore(): ContentStore {
  const articles = new Map<string, Article>();
  let summaries: ArticleSummary[] | undefined;
  let version = 0;
  const listeners = new Set<() => void>();
  const pending = new Map<string, Promise<void>>();
  const changed = () => {
    version += 1;
    for (const listener of listeners) listener();
  };
  const once = (key: string, load: () => Promise<void>) => {
    let promise = pending.get(key);
    if (!promise) {
      // A failed fetch (offline, say) is forgotten, so that the next call tries again.
      promise = load().catch((error: unknown) => {
        pending.delete(key);
        throw error;
      });
      pending.set(key, promise);
    }
    return promise;
  };
  return {
    article: (id) => articles.get(id),
    summaries: () => summaries,
    knownSummaries: () => summaries ?? [...articles.values()].map(summaryOf),
    loadArticle: (id) =>
      once(`article:${id}`, async () => {
        articles.set(id, await fetchJson<Article>(dataPaths.article(id)));
        changed();
      }),
    loadSummaries: () =>
      once('summaries', async () => {
        summaries = await fetchJson<ArticleSummary[]>(dataPaths.summaries);
        changed();
      }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
