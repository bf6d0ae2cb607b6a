import { useTranslation } from 'react-i18next';
import { useArticle } from '@/collection/ArticleContext';
import type { TranslationStatus } from '@/collection/article';

/** How the page's translation stands against the Dutch; nothing for the Dutch itself. */
export function useTranslationStatus(): TranslationStatus | undefined {
  const { i18n } = useTranslation();
  return useArticle().translationStatus?.[i18n.language];
}

/** Whether any of these strings' Dutch changed after they were translated. */
export function useOutdated(textKeys: readonly string[]): boolean {
  const outdated = useTranslationStatus()?.outdatedKeys ?? [];
  return textKeys.some((key) => outdated.includes(key));
}
