import { useTranslation } from 'react-i18next';
import { loadTexts } from '@/i18n/createI18n';
import { useContentStore } from './ContentStoreContext';

/**
 * Handlers for a link to an article: they fetch the article and its text in a language when the
 * reader reaches for the link (hover, focus, touch), so that following it shows the page at once.
 */
export function usePrefetchArticle(articleId: string, language: string) {
  const store = useContentStore();
  const { i18n } = useTranslation();
  const prefetch = () => {
    // A failure here is only a missed head start; following the link fetches again and says so.
    void store.loadArticle(articleId).catch(() => {});
    void loadTexts(i18n, language, [articleId]).catch(() => {});
  };
  return whenReachedFor(prefetch);
}

/** Handlers that run `prefetch` as a reader reaches for a link: hover, focus or touch. */
export function whenReachedFor(prefetch: () => void) {
  return { onPointerEnter: prefetch, onFocus: prefetch, onTouchStart: prefetch };
}
