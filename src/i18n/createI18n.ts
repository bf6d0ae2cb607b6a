import i18next, { type i18n, type PostProcessorModule, type Resource } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { sourceLanguage } from './languages';

export type LoadText = (language: string, namespace: string) => Promise<Record<string, unknown>>;

export interface I18nOptions {
  /** Every text at hand (the server, tests): initialisation is then synchronous. */
  resources?: Resource;
  /** Otherwise each language's namespaces are fetched when first needed. */
  loadText?: LoadText;
  postProcessors?: readonly PostProcessorModule[];
}

/**
 * One instance per render on the server, one for the page in the browser. Await `ready` before the
 * first render: with `loadText`, it resolves once the interface text has arrived.
 */
export function createI18n(language: string, options: I18nOptions = {}): { i18n: i18n; ready: Promise<unknown> } {
  const { resources, loadText, postProcessors = [] } = options;
  const instance = i18next.createInstance();
  for (const postProcessor of postProcessors) instance.use(postProcessor);
  if (loadText) instance.use(resourcesToBackend(loadText));
  const ready = instance.use(initReactI18next).init({
    lng: language,
    // The check lets no incomplete translation ship, so a built page never needs Dutch in reserve and
    // never downloads it. In development an unfinished translation shows Dutch instead of keys.
    fallbackLng: import.meta.env.DEV || resources ? sourceLanguage : false,
    resources,
    // The interface first; an article's text is fetched on its own (loadTexts), since a language the
    // reader switches to may not have that article.
    ns: ['ui'],
    defaultNS: 'ui',
    initAsync: !resources,
    postProcess: postProcessors.map((postProcessor) => postProcessor.name),
    // React escapes text itself; escaping here would double-encode.
    interpolation: { escapeValue: false },
    react: {
      useSuspense: false,
      // The language follows the address and is set while rendering (see LanguageShell), so no
      // component should also re-render on i18next's own events: that would update mid-render.
      bindI18n: '',
      // A namespace that arrives (an article's text, or a locale file edited in `npm run dev`)
      // re-renders what reads it.
      bindI18nStore: 'added',
      // Only the named tags each string is rendered with may become elements.
      transSupportBasicHtmlNodes: false,
    },
  });
  return { i18n: instance, ready };
}

/**
 * Fetches the namespaces a page is about to need in a language, and in its fallback (in development
 * only, see above), if they are not there yet. Rejects if any is still missing afterwards.
 */
export function loadTexts(instance: i18n, language: string, namespaces: readonly string[]): Promise<void> {
  const fallbacks = instance.services.languageUtils.getFallbackCodes(instance.options.fallbackLng, language) as string[];
  const languages = [...new Set([language, ...fallbacks])];
  const isMissing = (namespace: string) => languages.some((code) => !instance.hasResourceBundle(code, namespace));
  const missing = namespaces.filter(isMissing);
  if (missing.length === 0) return Promise.resolve();
  // i18next remembers a failed download and would answer every later request at once, with nothing:
  // forget it, so that a reader back online gets the text on the next try.
  const connector = instance.services.backendConnector as { state: Record<string, number> };
  for (const code of languages) {
    for (const namespace of missing) {
      if (connector.state[`${code}|${namespace}`] === -1) delete connector.state[`${code}|${namespace}`];
    }
  }
  return new Promise((resolve, reject) => {
    instance.services.backendConnector.load(languages, missing, (error: unknown) => {
      const stillMissing = missing.filter(isMissing);
      if (error || stillMissing.length > 0) reject(error ?? new Error(`No text for ${stillMissing.join(', ')} in ${language}`));
      else resolve();
    });
  });
}
