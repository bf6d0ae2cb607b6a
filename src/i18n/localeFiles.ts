import type { ResourceLanguage } from 'i18next';

// Languages are the folders under locales/, found at build time, so adding one needs no code change.
// (Tests and the fallback fixture swap this module for one that reads a fixture folder.)
export const localeFiles = import.meta.glob<ResourceLanguage>('/locales/*/*.json', {
  eager: true,
  import: 'default',
});
