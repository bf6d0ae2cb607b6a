import { createContext, useContext, type ReactNode } from 'react';
import type { Article } from './article';

const ArticleContext = createContext<Article | null>(null);

/** The article a page shows, for everything inside it: sections, citations, contents, sharing. */
export function ArticleProvider({ article, children }: { article: Article; children: ReactNode }) {
  return <ArticleContext.Provider value={article}>{children}</ArticleContext.Provider>;
}

export function useArticle(): Article {
  const article = useContext(ArticleContext);
  if (!article) throw new Error('useArticle needs an ArticleProvider above it (see ArticlePage).');
  return article;
}

/** The article, where the page shows one (the header is on every page). */
export function useOptionalArticle(): Article | null {
  return useContext(ArticleContext);
}
