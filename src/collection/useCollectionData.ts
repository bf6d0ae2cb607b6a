import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadTexts } from '@/i18n/createI18n';
import { loadInFull } from '@/routing/loadInFull';
import type { Article } from './article';
import { useContentStore } from './ContentStoreContext';
import type { ArticleSummary } from './store';

/** Every article's summary, fetched once `needed`; undefined until it has arrived. */
export function useSummaries(needed = true): readonly ArticleSummary[] | undefined {
  const store = useContentStore();
  const summaries = store.summaries();
  useEffect(() => {
    if (needed && !summaries) store.loadSummaries().catch(loadInFull);
  }, [store, summaries, needed]);
  return summaries;
}

/**
 * An article and its text in a language, fetched on first use; undefined until both have arrived.
 * (A prerendered page has both before it hydrates, so this only waits after a reader's click.)
 */
export function useArticleWithText(id: string | undefined, language: string): Article | undefined {
  const store = useContentStore();
  const { i18n } = useTranslation();
  const article = id ? store.article(id) : undefined;
  const hasText = id ? i18n.hasResourceBundle(language, id) : false;
  // The text may arrive, from a prefetch that a hover began, after this render and before i18next's
  // re-render subscription: waiting for the load ourselves never misses it.
  const [, noteTextArrived] = useState(0);
  useEffect(() => {
    if (!id) return;
    if (!article) store.loadArticle(id).catch(loadInFull);
    if (!hasText) loadTexts(i18n, language, [id]).then(() => noteTextArrived((arrivals) => arrivals + 1), loadInFull);
  }, [store, i18n, id, article, hasText, language]);
  return article && hasText ? article : undefined;
}
