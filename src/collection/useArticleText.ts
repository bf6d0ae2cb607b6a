import { useTranslation } from 'react-i18next';
import { useArticle } from './ArticleContext';

export type ArticleText = (key: string, options?: { lng?: string; date?: string }) => string;

/**
 * The article's text in the page's language. Its keys come from the article's content folder, not
 * from code, so they are plain strings here; the content check has made sure each one exists.
 */
export function useArticleText(): ArticleText {
  const { id } = useArticle();
  const { t } = useTranslation(id as 'ui');
  return (key, options) => String(t(key as never, options as never));
}
