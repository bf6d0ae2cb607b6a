import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from '@/app/App';
import { AppProviders } from '@/app/AppProviders';
import { createI18n } from '@/i18n/createI18n';
import { initialLanguage } from '@/i18n/initialLanguage';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the app into.');

const i18n = createI18n(initialLanguage(window.location.pathname, document.documentElement.lang));
const app = (
  <AppProviders i18n={i18n}>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </AppProviders>
);

// Built pages arrive prerendered and are hydrated; the dev server sends an empty shell.
if (container.hasChildNodes()) hydrateRoot(container, app);
else createRoot(container).render(app);
