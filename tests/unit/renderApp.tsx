import { render } from '@testing-library/react';
import { useEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { App } from '@/app/App';
import { AppProviders } from '@/app/AppProviders';
import type { CollectionData } from '@/collection/collectionData';
import { createStaticStore } from '@/collection/store';
import { createI18n } from '@/i18n/createI18n';
import { initialLanguage } from '@/i18n/initialLanguage';
import { languageCodes } from '@/i18n/languages';
import { readCollection } from '../../scripts/collection/readCollection.js';

/** The shipped collection, as the build reads it. */
export const shippedCollection: CollectionData = readCollection();

/** The shipped article's text in a language, as its page reads it. */
export function shippedArticleText(language: string): (key: string) => string {
  const [article] = shippedCollection.articles;
  const { i18n } = createI18n(language, { resources: shippedCollection.texts });
  return (key) => String(i18n.getFixedT(language, article?.id as 'ui')(key as never));
}

/** Exposes the router's address, which a reader sees in the address bar. */
export const currentLocation = { pathname: '', hash: '' };

function LocationProbe() {
  const { pathname, hash } = useLocation();
  useEffect(() => {
    currentLocation.pathname = pathname;
    currentLocation.hash = hash;
  }, [pathname, hash]);
  return null;
}

/** Renders the whole app at an address, as the browser would after a cold open. */
export function renderApp(path: string, collection: CollectionData = shippedCollection) {
  const language = initialLanguage(path, document.documentElement.lang, languageCodes(collection.languages));
  const { i18n } = createI18n(language, { resources: collection.texts });
  const result = render(
    <AppProviders i18n={i18n} languages={collection.languages} store={createStaticStore(collection.articles)}>
      <MemoryRouter initialEntries={[path]}>
        <App />
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, i18n };
}
