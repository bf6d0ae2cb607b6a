import 'i18next';
import type ui from '../../locales/nl/ui.json';

// Dutch is the source language, so its interface file defines which keys exist. An article's text is
// a namespace of its own, named by its content folder, and its keys come from its content.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: {
      ui: typeof ui;
    };
  }
}
