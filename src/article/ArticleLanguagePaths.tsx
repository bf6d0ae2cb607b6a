import type { ReactNode } from 'react';
import { useArticle } from '@/collection/ArticleContext';
import { useCurrentSection } from '@/contents/ActiveSection';
import { articlePath } from '@/routing/addresses';
import { LanguagePathsProvider } from '@/routing/LanguagePaths';

/** The language switch leads to the section being read, in each language that has the article. */
export function ArticleLanguagePaths({ children }: { children: ReactNode }) {
  const article = useArticle();
  const currentSection = useCurrentSection();
  return (
    <LanguagePathsProvider pathIn={(language) => articlePath(language, article, currentSection)}>
      {children}
    </LanguagePathsProvider>
  );
}
