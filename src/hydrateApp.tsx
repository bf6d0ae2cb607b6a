import { startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from '@/app/App';
import { AppProviders } from '@/app/AppProviders';
import { createI18n } from '@/i18n/createI18n';
import { initialLanguage } from '@/i18n/initialLanguage';
import { isShowKeysMode, translatorAids } from '@/i18n/showKeysMode';
import { ServiceWorkerUpdates } from '@/offline/ServiceWorkerUpdates';
import { routablePath } from '@/routing/canonicalPath';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the app into.');

const { pathname, search, hash } = window.location;
const routedPath = routablePath(pathname);
if (routedPath !== pathname) window.history.replaceState(window.history.state, '', routedPath + search + hash);

const language = initialLanguage(window.location.pathname, document.documentElement.lang);
const showKeys = isShowKeysMode(window.location.search);
const i18n = createI18n(language, await translatorAids(showKeys, language));
// Lets long key markers wrap, and the header scroll away (see base.css).
if (showKeys) document.documentElement.dataset.showKeys = '';

if (import.meta.hot) {
  // Sent by the locale-check plugin when a locale file is saved and passes the check.
  import.meta.hot.on('locale-update', ({ language: edited, namespace, resources }) => {
    i18n.addResourceBundle(edited, namespace, resources, false, true);
  });
}

/** Marks the page once React has taken it over, for the browser tests to wait on before they click. */
function MarkHydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}

const app = (
  <AppProviders i18n={i18n} showKeys={showKeys}>
    <BrowserRouter>
      <App />
      <ServiceWorkerUpdates />
      <MarkHydrated />
    </BrowserRouter>
  </AppProviders>
);

// Built pages arrive prerendered and are hydrated; the dev server sends an empty shell, and show-keys
// mode renders different text from the prerendered page, so both render from scratch.
// Hydrating as a transition lets React yield to the browser every few milliseconds, so a slow phone
// never meets one long task; the page is already readable, and early clicks are replayed.
if (container.firstElementChild && !showKeys) startTransition(() => void hydrateRoot(container, app));
else createRoot(container).render(app);
