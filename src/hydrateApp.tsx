import { startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter, MemoryRouter } from 'react-router-dom';
import { App } from '@/app/App';
import { AppProviders } from '@/app/AppProviders';
import { createFetchingStore, dataPaths, fetchJson } from '@/collection/fetchingStore';
import { createI18n, loadTexts } from '@/i18n/createI18n';
import { initialLanguage } from '@/i18n/initialLanguage';
import { languageCodes } from '@/i18n/languages';
import { isShowKeysMode, translatorAids } from '@/i18n/showKeysMode';
import { siteLanguages } from '@/i18n/siteLanguages';
import { ServiceWorkerUpdates } from '@/offline/ServiceWorkerUpdates';
import { routablePath } from '@/routing/canonicalPath';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the app into.');

const { pathname, search, hash } = window.location;
const routedPath = routablePath(pathname);
if (routedPath !== pathname) window.history.replaceState(window.history.state, '', routedPath + search + hash);
// The service worker's stand-in for an address it has not saved: it keeps the address the reader
// asked for (a reload there, once online, brings the page), but is routed as the offline page it is.
const offline = container.dataset.offline !== undefined;

const language = initialLanguage(
  offline ? `/${document.documentElement.lang}/` : window.location.pathname,
  document.documentElement.lang,
  languageCodes(siteLanguages),
);
const showKeys = isShowKeysMode(window.location.search);
// The prerenderer marks what the page showed (scripts/prerender.js): the same must be at hand before
// React takes the page over, or what it renders would differ from the HTML.
const { article: articleId, collection, buildDay } = container.dataset;
const store = createFetchingStore();
/** Marks the page once React has taken it over, for the browser tests to wait on before they click. */
function MarkHydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}

/**
 * Fetches what the page showed, then takes it over. A function rather than top-level await: with
 * top-level await anywhere in the graph, Rolldown keeps shared modules in chunks of their own, and
 * the entry script would need a second request before the first paint (scripts/firstPaint.js).
 */
async function hydrate(root: HTMLElement): Promise<void> {
  // Show-keys mode marks a string that fell back to Dutch with this interface text, once it has arrived.
  const fallbackLabel = () => String(created.i18n.getResource(language, 'ui', 'translatorTools.fallback') ?? '');
  const created = createI18n(language, {
    loadText: (language, namespace) => fetchJson<Record<string, unknown>>(dataPaths.text(language, namespace)),
    postProcessors: await translatorAids(showKeys, fallbackLabel),
  });
  const arrived = await Promise.all([
    // The article's text is fetched on its own, not made a namespace of every language: a language the
    // reader switches to may not have it.
    created.ready.then(() => (articleId ? loadTexts(created.i18n, language, [articleId]) : undefined)),
    articleId ? store.loadArticle(articleId) : undefined,
    // The development server's empty shell knows nothing yet, so it starts from the list.
    collection !== undefined || !articleId ? store.loadSummaries() : undefined,
  ]).then(
    () => true,
    (error: unknown) => {
      // The prerendered page stays as it is: readable, its links working, only without popovers.
      console.error('The page could not fetch its data, so it stays as served:', error);
      return false;
    },
  );
  // Lets long key markers wrap, and the header scroll away (see base.css).
  if (showKeys) document.documentElement.dataset.showKeys = '';

  if (import.meta.hot) {
    // Sent by the locale-check plugin when a locale file is saved and passes the check.
    import.meta.hot.on('locale-update', ({ language: edited, namespace, resources }) => {
      created.i18n.addResourceBundle(edited, namespace, resources, false, true);
    });
  }

  const app = (
    <AppProviders i18n={created.i18n} languages={siteLanguages} store={store} showKeys={showKeys} buildDay={buildDay}>
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
  if (arrived && root.firstElementChild && !showKeys) startTransition(() => void hydrateRoot(root, app));
  else if (arrived) createRoot(root).render(app);
}

// In a task after the one that evaluated the app's modules: on a slow phone the two together made
// one long task, and a tap had to wait for both.
setTimeout(() => void hydrate(container));
