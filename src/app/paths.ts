import type { SectionId } from '@/article/articleModel';
import { sectionSlug } from '@/article/sectionSlugs';

/** The address of the article, or of one section of it, in a language. */
export function articlePath(language: string, section?: SectionId | null): string {
  return section ? `/${language}/${sectionSlug(language, section)}` : `/${language}/`;
}
