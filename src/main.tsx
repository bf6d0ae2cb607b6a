import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from '@/app/App';
import { AppProviders } from '@/app/AppProviders';
import { createI18n } from '@/i18n/createI18n';
import { initialLanguage } from '@/i18n/initialLanguage';
import { isShowKeysMode, translatorAids } from '@/i18n/showKeysMode';
import { ServiceWorkerUpdates } from '@/offline/ServiceWorkerUpdates';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the app into.');

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

const app = (
  <AppProviders i18n={i18n} showKeys={showKeys}>
    <BrowserRouter>
      <App />
      <ServiceWorkerUpdates />
    </BrowserRouter>
  </AppProviders>
);

// Built pages arrive prerendered and are hydrated; the dev server sends an empty shell, and show-keys
// mode renders different text from the prerendered page, so both render from scratch.
if (container.firstElementChild && !showKeys) hydrateRoot(container, app);
else createRoot(container).render(app);
