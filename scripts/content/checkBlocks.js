// Checks an article's blocks: each is a kind the app renders, has what that kind needs, and points
// at Dutch text that exists, at a link the article has, and at a figure file that is there.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { whyDrawingStaysAnImage } from '../collection/figureSources.js';
import { tagsOf } from '../i18n/markup.js';
import { at, isObject, reportUnknownFields, requiredText } from './jsonShape.js';
import { textKey } from '../../src/collection/textKey.js';

/**
 * @typedef {{
 *   dutch: Map<string, unknown> | null,
 *   dutchFile: string,
 *   linkNames: readonly string[],
 *   dir: string,
 *   displayDir: string,
 *   hasReferences: boolean,
 *   warn: Report,
 * }} BlockContext  dutch is the article's Dutch text, flattened, or null when there is none to read;
 *   warn takes what the build goes on with
 * @typedef {import('./jsonShape.js').Report} Report
 */

/** Each kind of block, with its fields that name a key of the article's text, and its others. */
const kinds = {
  paragraph: { keys: ['text'], others: ['link'] },
  keyMessage: { keys: ['text'], others: [] },
  figure: { keys: ['alt', 'caption'], others: ['image'] },
  referenceList: { keys: [], others: [] },
};
const kindNames = 'paragraph, keyMessage, figure or referenceList';
// The kinds of image the site serves with their own content type (scripts/collection/vitePlugin.js).
const imageFile = /^[^/\\.][^/\\]*\.(?:svg|png|jpg|webp)$/;


/** @param {unknown} text */
const hasLinkTag = (text) => typeof text === 'string' && tagsOf(text).some((tag) => tag.name === 'link' && !tag.closing);

/** @param {string} path */
const isFile = (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * A paragraph's "link" and its text's <link>…</link> come as a pair: one without the other is a
 * link that goes nowhere, or an address no reader can reach.
 * @param {Record<string, unknown>} block
 * @param {string} path
 * @param {string | undefined} fullKey
 * @param {BlockContext} context
 * @param {Report} report
 */
function checkParagraphLink(block, path, fullKey, context, report) {
  const text = fullKey === undefined ? undefined : context.dutch?.get(fullKey);
  if (block.link === undefined) {
    if (hasLinkTag(text)) report(at(path, 'text'), `${fullKey} has <link>…</link>, but this paragraph names no "link" for it to go to`);
    return;
  }
  const link = requiredText(block, 'link', path, 'a paragraph block', report);
  if (link === undefined) return;
  if (!context.linkNames.includes(link)) {
    report(at(path, 'link'), `"${link}" is not in this article's "links" (${context.linkNames.join(', ') || 'it has none'})`);
  } else if (typeof text === 'string' && !hasLinkTag(text)) {
    report(at(path, 'link'), `${fullKey} has no <link>…</link> to carry this link: mark the linked words in ${context.dutchFile}`);
  }
}

/**
 * @param {Record<string, unknown>} block
 * @param {string} path
 * @param {BlockContext} context
 * @param {Report} report
 */
function checkFigureImage(block, path, context, report) {
  const image = requiredText(block, 'image', path, 'a figure block', report);
  if (image === undefined) return;
  if (!imageFile.test(image)) {
    report(at(path, 'image'), `must be the name of an image file in ${context.displayDir}, such as "drawing.svg" (.svg, .png, .jpg or .webp)`);
  } else if (!isFile(join(context.dir, image))) {
    report(at(path, 'image'), `file not found: ${join(context.displayDir, image)}`);
  } else {
    const reasons = whyDrawingStaysAnImage(join(context.dir, image));
    if (reasons.length > 0) {
      context.warn(
        at(path, 'image'),
        `${join(context.displayDir, image)} is shown as an image, not drawn into the page, as it has ${reasons.join('; ')}. ` +
          "An image cannot take the page's colours: what it draws in currentColor stays black, in dark mode too. " +
          'Take out what is named here to have it drawn into the page.',
      );
    }
  }
}

/**
 * @param {unknown} block
 * @param {string} path
 * @param {string | null} sectionId
 * @param {BlockContext} context
 * @param {Report} report
 * @param {Set<string>} usedKeys  collects the full keys of the article's text this block shows
 */
function checkBlock(block, path, sectionId, context, report, usedKeys) {
  if (!isObject(block)) {
    report(path, 'must be a block: { "type": "paragraph", "text": "…" }');
    return;
  }
  const type = block.type;
  if (type === undefined) {
    report(at(path, 'type'), `missing: every block needs "type": ${kindNames}`);
    return;
  }
  if (typeof type !== 'string' || !Object.hasOwn(kinds, type)) {
    report(at(path, 'type'), `unknown block type ${JSON.stringify(type)}: use ${kindNames}`);
    return;
  }
  const kind = kinds[/** @type {keyof typeof kinds} */ (type)];
  const what = `a ${type} block`;
  reportUnknownFields(block, ['type', ...kind.keys, ...kind.others], path, what, report);
  /** @type {Record<string, string | undefined>} */
  const fullKeys = {};
  for (const field of kind.keys) {
    const key = requiredText(block, field, path, what, report);
    if (key === undefined) continue;
    const fullKey = textKey(sectionId, key);
    fullKeys[field] = fullKey;
    usedKeys.add(fullKey);
    if (context.dutch && !context.dutch.has(fullKey)) {
      report(at(path, field), `"${fullKey}" is not in ${context.dutchFile}: add it there, or check the spelling here`);
    } else if (type !== 'paragraph' && hasLinkTag(context.dutch?.get(fullKey))) {
      report(at(path, field), `${fullKey} has <link>…</link>, but ${what} cannot link anywhere`);
    }
  }
  if (type === 'paragraph') checkParagraphLink(block, path, fullKeys.text, context, report);
  if (type === 'figure') checkFigureImage(block, path, context, report);
  if (type === 'referenceList' && !context.hasReferences) {
    report(path, `a reference list, but ${join(context.displayDir, 'references.json')} lists no sources`);
  }
}

/**
 * Checks one list of blocks: a section's, the introduction or the closing.
 * @param {unknown[]} blocks
 * @param {string} path  the list's JSON path, such as "sections[2].blocks"
 * @param {string | null} sectionId  null for the introduction and the closing
 * @param {BlockContext} context
 * @param {Report} report
 * @param {Set<string>} usedKeys  collects the full keys of the article's text the blocks show
 */
export function checkBlocks(blocks, path, sectionId, context, report, usedKeys) {
  blocks.forEach((block, index) => checkBlock(block, at(path, index), sectionId, context, report, usedKeys));
}
