/**
 * Where the site serves a figure of an article: its file as it is in the article's content folder.
 * @param {string} articleId
 * @param {string} image
 */
export function figurePath(articleId, image) {
  return `/content/${articleId}/${image}`;
}

/**
 * @typedef {{ type: string, image?: string, src?: string }} AnyBlock
 * @typedef {{ id: string, introduction: AnyBlock[], sections: { blocks: AnyBlock[] }[], closing: AnyBlock[] }} ArticleBlocks
 */

/**
 * The figures the site serves as files for an article, in reading order: each file in its content
 * folder, and its address. Figures small enough to travel inside the page (markup, or a data:
 * source) are not among them.
 * @param {ArticleBlocks} article
 * @returns {{ image: string, path: string }[]}
 */
export function figuresOf(article) {
  const blocks = [...article.introduction, ...article.sections.flatMap((section) => section.blocks), ...article.closing];
  return blocks.flatMap((block) =>
    block.type === 'figure' && block.image && block.src && !block.src.startsWith('data:') ? [{ image: block.image, path: figurePath(article.id, block.image) }] : [],
  );
}
