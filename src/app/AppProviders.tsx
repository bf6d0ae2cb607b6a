import { StrictMode, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BuildDayProvider } from '@/collection/BuildDayContext';
import { ContentStoreProvider } from '@/collection/ContentStoreContext';
import type { ContentStore } from '@/collection/store';
import { ErrorBoundary } from '@/errors/ErrorBoundary';
import type { LanguageTable } from '@/i18n/languages';
import { LanguagesProvider } from '@/i18n/LanguagesContext';
import { ShowKeysToggle } from '@/i18n/ShowKeysToggle';

export interface AppProvidersProps {
  i18n: i18n;
  languages: LanguageTable;
  store: ContentStore;
  showKeys?: boolean;
  /** The day a prerendered page was built (YYYY-MM-DD): what its HTML judged by. */
  buildDay?: string;
  children: ReactNode;
}

export function AppProviders({ i18n, languages, store, showKeys = false, buildDay, children }: AppProvidersProps) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <LanguagesProvider languages={languages}>
          <ContentStoreProvider store={store}>
            <BuildDayProvider day={buildDay}>
              <ErrorBoundary>{children}</ErrorBoundary>
              {/* import.meta.env.DEV is false in builds, so the toggle never ships. */}
              {import.meta.env.DEV ? <ShowKeysToggle showKeys={showKeys} /> : null}
            </BuildDayProvider>
          </ContentStoreProvider>
        </LanguagesProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
