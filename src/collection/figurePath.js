/**
 * Where the site serves a figure of an article: its file as it is in the article's content folder.
 * @param {string} articleId
 * @param {string} image
 */
export function figurePath(articleId, image) {
  return `/content/${articleId}/${image}`;
}
