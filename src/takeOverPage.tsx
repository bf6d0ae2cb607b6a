import { startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter, MemoryRouter } from 'react-router-dom';
import type { i18n } from 'i18next';
import { App } from '@/app/App';
import { AppProviders } from '@/app/AppProviders';
import type { ContentStore } from '@/collection/store';
import { siteLanguages } from '@/i18n/siteLanguages';
import { ServiceWorkerUpdates } from '@/offline/ServiceWorkerUpdates';

/** Marks the page once React has taken it over, for the browser tests to wait on before they click. */
function MarkHydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}

export interface PageToTakeOver {
  root: HTMLElement;
  i18n: i18n;
  store: ContentStore;
  language: string;
  showKeys: boolean;
  buildDay: string | undefined;
  /** The service worker's stand-in for an address it has not saved, routed as the offline page. */
  offline: boolean;
}

/**
 * React's part of taking over the page, in a module of its own: the browser evaluates it in a task of
 * its own, apart from the one that starts fetching the page's data.
 */
export function takeOverPage({ root, i18n, store, language, showKeys, buildDay, offline }: PageToTakeOver): void {
  const app = (
    <AppProviders i18n={i18n} languages={siteLanguages} store={store} showKeys={showKeys} buildDay={buildDay}>
      {offline ? (
        <MemoryRouter initialEntries={[`/${language}/offline/`]}>
          <App />
          <MarkHydrated />
        </MemoryRouter>
      ) : (
        <BrowserRouter>
          <App />
          <ServiceWorkerUpdates />
          <MarkHydrated />
        </BrowserRouter>
      )}
    </AppProviders>
  );

  // Built pages arrive prerendered and are hydrated; the dev server sends an empty shell, and show-keys
  // mode renders different text from the prerendered page, so both render from scratch.
  // Hydrating as a transition lets React yield to the browser every few milliseconds, so a slow phone
  // never meets one long task; the page is already readable, and early clicks are replayed.
  if (root.firstElementChild && !showKeys) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
}
