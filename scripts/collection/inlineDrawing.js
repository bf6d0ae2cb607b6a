// An SVG figure as markup the page carries in its own document. A drawing in an <img>, even from a
// data: address, costs the browser a separate SVG document, built on the page's main thread while
// the first screen is still being drawn. Markup in the page costs only its own few elements.
//
// Only a drawing that means the same inside the page is inlined. Its <style> would style the whole
// page (and the page's policy blocks it), a script or an event handler would run there, a link or a
// foreign object would become part of the page, and an outside image or reference would be a request
// of its own. Such a drawing stays an image, which contains all of that.
import { optimize } from 'svgo';

/** Elements that would act on the page itself, or that svgo would rewrite with a loss. */
const pageChangingElements = new Set(['style', 'script', 'foreignObject', 'a', 'image', 'iframe', 'audio', 'video']);

/**
 * What in a drawing keeps it from being inlined, as svgo parses it.
 * @param {(reason: string) => void} found
 * @returns {import('svgo').CustomPlugin}
 */
function pageChangingParts(found) {
  return {
    name: 'pageChangingParts',
    fn: () => ({
      element: {
        enter: (node) => {
          if (pageChangingElements.has(node.name)) found(`<${node.name}>`);
          for (const [name, value] of Object.entries(node.attributes)) {
            if (/^on/i.test(name)) found(`${name}=`);
            if (/(^|:)href$/.test(name) && !value.startsWith('#')) found(`${name}="${value}"`);
            if (/url\(\s*['"]?[^#'"\s]/.test(value)) found(`${name}="${value}"`);
          }
        },
      },
    }),
  };
}

/**
 * A small SVG file as markup for the page: optimised, hidden from assistive technology (the figure
 * names it), with its ids prefixed so that two drawings on one page cannot take each other's. Or
 * undefined, when the drawing would not mean the same inside the page; then it stays an image.
 * @param {string} svg the file's text
 * @param {string} idPrefix unique to this drawing among those a page can show
 * @returns {string | undefined}
 */
export function inlineDrawing(svg, idPrefix) {
  /** @type {string[]} */
  const reasons = [];
  let markup;
  try {
    markup = optimize(svg, {
      plugins: [
        // First, so that it sees the file as written, before anything is inlined or dropped.
        pageChangingParts((reason) => reasons.push(reason)),
        'preset-default',
        'convertStyleToAttrs',
        'removeDimensions',
        { name: 'prefixIds', params: { prefix: idPrefix } },
        { name: 'addAttributesToSVGElement', params: { attributes: [{ 'aria-hidden': 'true' }, { focusable: 'false' }] } },
      ],
    }).data;
  } catch {
    // Not well-formed for svgo; a browser may still draw it as an image, as it always has.
    return undefined;
  }
  // A style attribute left over holds what has no presentation attribute, and the page's policy blocks it.
  const keepsStyleAttribute = /\sstyle=/.test(markup);
  return reasons.length === 0 && !keepsStyleAttribute && markup.startsWith('<svg') ? markup : undefined;
}
