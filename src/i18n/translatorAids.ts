import type { PostProcessorModule, TOptions } from 'i18next';
import { sourceLanguage } from './languages';

interface Translator {
  language: string;
  resourceStore: { getResource: (language: string, namespace: string, key: string) => unknown };
  options: { defaultNS?: string | readonly string[] | false };
}

function keyAndNamespace(keys: string | string[], options: TOptions, translator: Translator) {
  const key = Array.isArray(keys) ? (keys[0] ?? '') : keys;
  const [prefix, rest] = key.includes(':') ? key.split(':', 2) : [undefined, key];
  const optionNs = Array.isArray(options.ns) ? options.ns[0] : options.ns;
  const defaultNs = Array.isArray(translator.options.defaultNS) ? translator.options.defaultNS[0] : translator.options.defaultNS;
  return { namespace: String(prefix ?? optionNs ?? defaultNs ?? 'ui'), key: rest ?? key };
}

function isFallback(namespace: string, key: string, translator: Translator): boolean {
  return translator.language !== sourceLanguage && translator.resourceStore.getResource(translator.language, namespace, key) === undefined;
}

/** In development: says which key fell back to Dutch, once each, where a translator can find it. */
export function fallbackReporter(): PostProcessorModule {
  const reported = new Set<string>();
  return {
    type: 'postProcessor',
    name: 'reportFallback',
    process(value, keys, options, translator: Translator) {
      const { namespace, key } = keyAndNamespace(keys, options, translator);
      const id = `${translator.language}/${namespace}:${key}`;
      if (isFallback(namespace, key, translator) && !reported.has(id)) {
        reported.add(id);
        console.info(`[i18n] locales/${translator.language}/${namespace}.json has no "${key}"; showing the Dutch text.`);
      }
      return value;
    },
  };
}

/**
 * Show-keys mode: every string is preceded by its key and, where there is one, its description, so a
 * translator can find the line to edit. A string that fell back to Dutch says so.
 */
export function keyMarker(descriptions: Readonly<Record<string, string>>, fallbackLabel: () => string): PostProcessorModule {
  return {
    type: 'postProcessor',
    name: 'showKeys',
    process(value, keys, options, translator: Translator) {
      const { namespace, key } = keyAndNamespace(keys, options, translator);
      const id = `${namespace}:${key}`;
      // Angle brackets in a description would be read as tags by <Trans>.
      const description = descriptions[id]?.replace(/</g, '‹').replace(/>/g, '›');
      const fallback = isFallback(namespace, key, translator) ? ` ${fallbackLabel()}` : '';
      return `⟦${id}${fallback}${description ? ` — ${description}` : ''}⟧ ${value}`;
    },
  };
}
