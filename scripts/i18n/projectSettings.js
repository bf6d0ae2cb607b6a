// The project's locale and content folders and its source language, shared by the check's command
// line and the Vite plugin.
import { resolve } from 'node:path';

// I18N_LOCALES_DIR and I18N_CONTENT_DIR let a test point the build at a broken fixture to see it
// refuse.
export const localesDir = resolve(process.env.I18N_LOCALES_DIR ?? 'locales');
export const contentDir = resolve(process.env.I18N_CONTENT_DIR ?? 'content');
export const sourceLanguage = 'nl';
