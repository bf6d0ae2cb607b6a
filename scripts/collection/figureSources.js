// Where each page takes an article's figures from. A small figure travels inside the page and the
// article's data, as Vite does with small assets: a request of its own would cost a phone on a slow
// network a round trip while the first screen is still being drawn. A small SVG travels as markup
// (inlineDrawing.js), any other small figure as a data: address.
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { figurePath } from '../../src/collection/figurePath.js';
import { inlineDrawing } from './inlineDrawing.js';

/** Vite's own limit for inlining an asset (build.assetsInlineLimit). */
export const inlineLimitBytes = 4096;

/** @type {Record<string, string>} the image types the content check lets a figure be */
const mediaTypes = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

/**
 * A small SVG as markup for the page, or what keeps it an image; undefined for any other figure.
 * @param {string} image the figure's file name
 * @param {Buffer} bytes its contents
 * @param {string} idPrefix
 */
function smallDrawing(image, bytes, idPrefix) {
  const isSmallSvg = mediaTypes[extname(image).toLowerCase()] === 'image/svg+xml' && bytes.length <= inlineLimitBytes;
  return isSmallSvg ? inlineDrawing(bytes.toString('utf8'), idPrefix) : undefined;
}

/**
 * Why a small SVG figure stays an image instead of being drawn into the page (inlineDrawing.js);
 * nothing for one that is drawn in, or is no small SVG.
 * @param {string} file the figure's file
 * @returns {string[]}
 */
export function whyDrawingStaysAnImage(file) {
  const drawing = smallDrawing(file, readFileSync(file), 'drawing');
  return drawing && 'problems' in drawing ? drawing.problems : [];
}

/**
 * Where a figure comes from: a small SVG's markup; else its file as a data: address when small;
 * else its address on the site.
 * @param {string} articleId
 * @param {string} folder the article's content folder
 * @param {string} image the figure's file in that folder
 * @returns {{ svg: string } | { src: string }}
 */
export function figureSource(articleId, folder, image) {
  const mediaType = mediaTypes[extname(image).toLowerCase()];
  const bytes = readFileSync(join(folder, image));
  if (!mediaType || bytes.length > inlineLimitBytes) return { src: figurePath(articleId, image) };
  const drawing = smallDrawing(image, bytes, `${articleId}-${basename(image, extname(image))}`);
  return drawing && 'markup' in drawing ? { svg: drawing.markup } : { src: `data:${mediaType};base64,${bytes.toString('base64')}` };
}

/**
 * @typedef {{ type: string, image?: string }} AnyBlock
 * @typedef {{ introduction: AnyBlock[], sections: { blocks: AnyBlock[] }[], closing: AnyBlock[] }} ArticleContent
 */

/**
 * An article's content from its article.json, with each figure's source added.
 * @template {ArticleContent} C
 * @param {C} content
 * @param {string} articleId
 * @param {string} folder the article's content folder
 * @returns {C}
 */
export function withFigureSources(content, articleId, folder) {
  const withSources = (/** @type {AnyBlock[]} */ blocks) =>
    blocks.map((block) => (block.type === 'figure' && block.image ? { ...block, ...figureSource(articleId, folder, block.image) } : block));
  return {
    ...content,
    introduction: withSources(content.introduction),
    sections: content.sections.map((section) => ({ ...section, blocks: withSources(section.blocks) })),
    closing: withSources(content.closing),
  };
}
