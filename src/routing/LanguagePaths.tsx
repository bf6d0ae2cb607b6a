import { createContext, useContext, type ReactNode } from 'react';
import { collectionPath } from './addresses';

/** Where the same page is in another language: the language switch and hreflang follow it. */
export type PathIn = (language: string) => string;

const LanguagePathsContext = createContext<PathIn>(collectionPath);

export function LanguagePathsProvider({ pathIn, children }: { pathIn: PathIn; children: ReactNode }) {
  return <LanguagePathsContext.Provider value={pathIn}>{children}</LanguagePathsContext.Provider>;
}

/** The page's address in each language; a page that sets none leads to each language's start. */
export function useLanguagePaths(): PathIn {
  return useContext(LanguagePathsContext);
}
