import i18next, { type i18n, type PostProcessorModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources, sourceLanguage, supportedLanguages } from './languages';

/**
 * One instance per render on the server, one for the page in the browser. All resources are bundled,
 * so initialisation is synchronous and the first render already has its text.
 */
export function createI18n(language: string, postProcessors: readonly PostProcessorModule[] = []): i18n {
  const instance = i18next.createInstance();
  for (const postProcessor of postProcessors) instance.use(postProcessor);
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: sourceLanguage,
    supportedLngs: [...supportedLanguages],
    resources,
    ns: [...namespaces],
    defaultNS: 'ui',
    initAsync: false,
    postProcess: postProcessors.map((postProcessor) => postProcessor.name),
    // React escapes text itself; escaping here would double-encode.
    interpolation: { escapeValue: false },
    react: {
      useSuspense: false,
      // The language follows the address and is set while rendering (see LanguageShell), so no
      // component should also re-render on i18next's own events: that would update mid-render.
      bindI18n: '',
      // A locale file edited in `npm run dev` arrives through addResourceBundle (see hydrateApp.tsx).
      bindI18nStore: 'added',
      // Only the named tags each string is rendered with may become elements.
      transSupportBasicHtmlNodes: false,
    },
  });
  return instance;
}
