import { createFetchingStore, dataPaths, fetchJson } from '@/collection/fetchingStore';
import { createI18n, loadTexts } from '@/i18n/createI18n';
import { initialLanguage } from '@/i18n/initialLanguage';
import { languageCodes } from '@/i18n/languages';
import { isShowKeysMode, translatorAids } from '@/i18n/showKeysMode';
import { siteLanguages } from '@/i18n/siteLanguages';
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
    // React and the app, fetched beside the data, and evaluated in a task of their own.
    import('./takeOverPage'),
    // The article's text is fetched on its own, not made a namespace of every language: a language the
    // reader switches to may not have it.
    created.ready.then(() => (articleId ? loadTexts(created.i18n, language, [articleId]) : undefined)),
    articleId ? store.loadArticle(articleId) : undefined,
    // The development server's empty shell knows nothing yet, so it starts from the list.
    collection !== undefined || !articleId ? store.loadSummaries() : undefined,
  ]).then(
    ([app]) => app,
    (error: unknown) => {
      // The prerendered page stays as it is: readable, its links working, only without popovers.
      console.error('The page could not fetch its data or its scripts, so it stays as served:', error);
      return null;
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

  arrived?.takeOverPage({ root, i18n: created.i18n, store, language, showKeys, buildDay, offline });
}

void hydrate(container);
