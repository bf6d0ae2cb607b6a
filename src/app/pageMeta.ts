import type { TFunction } from 'i18next';
import { sectionBlocks, type SectionId } from '@/article/articleModel';
import { supportedLanguages } from '@/i18n/languages';
import { articlePath } from './paths';

export interface PageMeta {
  language: string;
  title: string;
  description: string;
  /** Only pages meant to be found and shared have addresses: not the not-found page. */
  addresses?: {
    canonical: string;
    /** The same page in every language, by language code. */
    alternates: Record<string, string>;
  };
}

/** Plain text of a translation: named tags dropped, citations with them. */
export function plainText(marked: string): string {
  return marked
    .replace(/\s*<cite>[^<]*<\/cite>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function firstSentence(text: string): string {
  const end = /[.?!](\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/** Title and description of the article, or of one of its sections. */
export function articleMeta(language: string, t: TFunction<'article'>, section: SectionId | null): PageMeta {
  const articleTitle = t('title');
  const firstParagraph = section ? sectionBlocks[section].find((block) => block.kind === 'paragraph') : undefined;
  return {
    language,
    title: section ? `${t(`sections.${section}.heading`)} – ${articleTitle}` : articleTitle,
    description: firstSentence(plainText(firstParagraph ? t(firstParagraph.key) : t('lead'))),
    addresses: {
      canonical: articlePath(language, section),
      alternates: Object.fromEntries(supportedLanguages.map((other) => [other, articlePath(other, section)])),
    },
  };
}
