import 'i18next';
import type article from '../../locales/nl/article.json';
import type ui from '../../locales/nl/ui.json';

// Dutch is the source language, so its files define which keys exist.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: {
      ui: typeof ui;
      article: typeof article;
    };
  }
}
