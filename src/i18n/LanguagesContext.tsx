import { createContext, useContext, type ReactNode } from 'react';
import type { LanguageTable } from './languages';

const LanguagesContext = createContext<LanguageTable>({});

/** The site's languages: from the build in the browser, from the collection on the server and in tests. */
export function LanguagesProvider({ languages, children }: { languages: LanguageTable; children: ReactNode }) {
  return <LanguagesContext.Provider value={languages}>{children}</LanguagesContext.Provider>;
}

export function useLanguages(): LanguageTable {
  return useContext(LanguagesContext);
}
