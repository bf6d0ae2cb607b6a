import type { Resource } from 'i18next';
import type { LanguageTable } from '@/i18n/languages';
import type { Article } from './article';

/** The whole collection at once, as the build reads it (scripts/collection/readCollection.js). */
export interface CollectionData {
  sourceLanguage: string;
  languages: LanguageTable;
  articles: Article[];
  /** Every text: language → namespace (ui, or an article's id) → keys. */
  texts: Resource;
}
