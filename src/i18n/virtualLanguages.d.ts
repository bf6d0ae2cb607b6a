declare module 'virtual:languages' {
  import type { LanguageTable } from './languages';
  /** Written by scripts/collection/vitePlugin.js from each locales/<language>/ui.json. */
  export const languages: LanguageTable;
}
