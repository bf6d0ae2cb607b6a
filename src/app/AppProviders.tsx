import { StrictMode, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { ErrorBoundary } from '@/errors/ErrorBoundary';
import { ShowKeysToggle } from '@/i18n/ShowKeysToggle';

export interface AppProvidersProps {
  i18n: i18n;
  showKeys?: boolean;
  children: ReactNode;
}

export function AppProviders({ i18n, showKeys = false, children }: AppProvidersProps) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>{children}</ErrorBoundary>
        {/* import.meta.env.DEV is false in builds, so the toggle never ships. */}
        {import.meta.env.DEV ? <ShowKeysToggle showKeys={showKeys} /> : null}
      </I18nextProvider>
    </StrictMode>
  );
}
