import { sectionHeadingId, textKey, type Article } from '@/collection/article';
import { firstSentence, plainText, type PageMeta } from '@/layout/pageMeta';
import { articlePath } from '@/routing/addresses';
import { openAtSectionScriptId } from './openAtSection';

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
    ...whatFirstPaintAwaits(article, language, section),
  };
}

/**
 * What the page's first paint waits for. A section's address: the script that scrolls there, so that
 * the reader never sees the article's top first. The article's: its first section's heading, so that
 * the opening (title, dates, notices, the introduction with its lead) comes whole in one frame.
 * Without it, Chromium painted the header and the contents first in up to half of slow loads, and the
 * lead only once the whole page had been parsed and laid out, 60–120 ms later on a phone four times
 * slower (README, "How it works"). An article without sections is all opening, and waits for nothing.
 */
function whatFirstPaintAwaits(article: Article, language: string, section: string | null): Pick<PageMeta, 'firstPaintAwaits'> {
  if (section) return { firstPaintAwaits: openAtSectionScriptId };
  const firstSection = article.sections[0];
  return firstSection ? { firstPaintAwaits: sectionHeadingId(article, language, firstSection.id) } : {};
}
