/** An article as the app receives it: its content folder, with what each language calls it. */

/** Where pages take a figure from (scripts/collection/figureSources.js). */
export type FigureSource =
  | {
      /** A small SVG file's markup, checked to be a plain drawing (scripts/collection/inlineDrawing.js). */
      svg: string;
      src?: never;
    }
  | {
      /** Any other small file as a data: address, or a larger file's address on the site. */
      src: string;
      svg?: never;
    };

/** The building blocks of the article, in reading order. Text keys are relative (see textKey). */
export type Block =
  | { type: 'paragraph'; text: string; link?: string }
  | { type: 'keyMessage'; text: string }
  | ({
      type: 'figure';
      /** The drawing's file in the article's content folder. */
      image: string;
      alt: string;
      caption: string;
    } & FigureSource)
  | { type: 'referenceList' };

export interface Section {
  /** Language-neutral; the slug and heading come from each language's text. */
  id: string;
  blocks: Block[];
}

export interface Reference {
  n: number;
  asPrinted: string;
  authors: string[];
  year: number;
  title: string;
  journal: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  articleLanguage?: string;
  kind?: string;
}

/** What addresses and lists need of the article in one language. */
export interface ArticleTranslation {
  slug: string;
  title: string;
  lead: string;
  /** Section id → slug. */
  sections: Record<string, string>;
}

/** How a translation stands against the source text it was translated from. */
export interface TranslationStatus {
  /** The day (YYYY-MM-DD) of the source text the whole translation last followed. */
  translatedFrom?: string;
  /** Keys of strings whose source text changed after they were translated. */
  outdatedKeys: string[];
}

export interface Article {
  /** The content folder's name, and the i18next namespace of its text. */
  id: string;
  /** Days as YYYY-MM-DD. */
  dates: { lastUpdated: string; lastReviewed: string; nextReviewDue: string };
  /** affiliation: the organisation the author works for, named as it names itself. */
  author: { citationName: string; place: string; affiliation?: string };
  links: Record<string, string>;
  /** The article was once the site's only one, its sections at /<language>/<section-slug>. */
  formerAddresses?: 'sectionsAtLanguageRoot';
  introduction: Block[];
  sections: Section[];
  closing: Block[];
  references: Reference[];
  /** Only the languages that have the article's text. */
  translations: Record<string, ArticleTranslation>;
  /** By language, for the translations that record their sources. */
  translationStatus?: Record<string, TranslationStatus>;
}

export { textKey } from './textKey.js';

/** The id of a section's heading in a language: the section's slug there, which its address ends with. */
export function sectionHeadingId(article: Pick<Article, 'translations'>, language: string, sectionId: string): string {
  return article.translations[language]?.sections[sectionId] ?? sectionId;
}

/** A day of the content as a date (midnight UTC). */
export function dayOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
