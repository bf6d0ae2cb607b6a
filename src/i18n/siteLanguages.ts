import { languages } from 'virtual:languages';
import type { LanguageTable } from './languages';

/** The languages the build found under locales/, with their names: all the browser knows at start. */
export const siteLanguages: LanguageTable = languages;
