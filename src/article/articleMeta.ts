import { textKey, type Article } from '@/collection/article';
import { firstSentence, plainText, type PageMeta } from '@/layout/pageMeta';
import { articlePath } from '@/routing/addresses';

/** Title and description of the article, or of one of its sections. */
export function articleMeta(
  article: Article,
  language: string,
  text: (key: string) => string,
  section: string | null,
): PageMeta {
  const articleTitle = text('title');
  const firstParagraph = article.sections
    .find((candidate) => candidate.id === section)
    ?.blocks.find((block) => block.type === 'paragraph');
  return {
    language,
    title: section ? `${text(textKey(section, 'heading'))} – ${articleTitle}` : articleTitle,
    description: firstSentence(plainText(firstParagraph ? text(textKey(section, firstParagraph.text)) : text('lead'))),
    addresses: {
      canonical: articlePath(language, article, section),
      alternates: Object.fromEntries(
        Object.keys(article.translations).map((other) => [other, articlePath(other, article, section)]),
      ),
    },
    articleId: article.id,
    ...(section ? { opensAtSection: true } : {}),
  };
}
