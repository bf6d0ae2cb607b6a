// An SVG figure as markup the page carries in its own document. A drawing in an <img>, even from a
// data: address, costs the browser a separate SVG document, built on the page's main thread while
// the first screen is still being drawn. Markup in the page costs only its own few elements.
//
// Only a plain drawing is inlined: one <svg> of shapes, gradients and text, with nothing that acts on
// the page or fetches anything. Inside an <img>, a drawing's stylesheet, scripts, links and outside
// references are contained; inside the page they would not be, and the page's Content-Security-Policy
// is not sent by every host. Anything else stays an image, as it always was.
import { optimize } from 'svgo';

/** What a plain drawing is made of, in SVG's own spelling: anything else keeps it an image. */
const drawingElements = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker',
]);

/**
 * @param {string} name
 * @param {string} value
 * @returns {string | undefined} why this attribute would act on the page or fetch something
 */
function attributeProblem(name, value) {
  if (/^on/i.test(name)) return `an event handler (${name})`;
  if (/(^|:)href$/i.test(name) && !value.startsWith('#')) return `a reference outside the drawing (${name}="${value}")`;
  if (/url\(\s*['"]?(?!#)/i.test(value)) return `a reference outside the drawing (${name}="${value}")`;
  if (/^style$/i.test(name)) return 'a style attribute with no presentation attribute to take its place';
  return undefined;
}

/**
 * Before optimising: a stylesheet, which svgo would move into the elements, dropping the rest of
 * it (such as a dark-mode @media rule) without a word.
 * @param {(problem: string) => void} report
 * @returns {import('svgo').CustomPlugin}
 */
function stylesheetCheck(report) {
  return {
    name: 'stylesheetCheck',
    fn: () => ({
      element: {
        enter: (node) => {
          if (/^style$/i.test(node.name)) report('a <style>, which would style the whole page');
        },
      },
    }),
  };
}

/**
 * After optimising, on what the page would get: one <svg> of drawing elements, with no attribute
 * that acts on the page or fetches anything.
 * @param {(problem: string) => void} report
 * @returns {import('svgo').CustomPlugin}
 */
function plainDrawingCheck(report) {
  return {
    name: 'plainDrawingCheck',
    fn: () => ({
      root: {
        enter: (root) => {
          const elements = root.children.filter((node) => node.type === 'element');
          if (elements.length !== 1 || elements[0]?.name !== 'svg') report('something beside its one <svg> element');
        },
      },
      element: {
        enter: (node) => {
          if (!drawingElements.has(node.name)) report(`a <${node.name}>, which is not part of a plain drawing`);
          for (const [attribute, value] of Object.entries(node.attributes)) {
            const problem = attributeProblem(attribute, value);
            if (problem) report(problem);
          }
        },
      },
    }),
  };
}

/**
 * A small SVG file as markup for the page: optimised, hidden from assistive technology (the figure
 * names it) and without its own title or description, with its ids prefixed so that two drawings on
 * one page cannot take each other's. Or what keeps it an image.
 * @param {string} svg the file's text
 * @param {string} idPrefix unique to this drawing among those a page can show
 * @returns {{ markup: string } | { problems: string[] }}
 */
export function inlineDrawing(svg, idPrefix) {
  /** @type {string[]} */
  const problems = [];
  const report = (/** @type {string} */ problem) => {
    if (!problems.includes(problem)) problems.push(problem);
  };
  let markup;
  try {
    markup = optimize(svg, {
      plugins: [
        stylesheetCheck(report),
        'preset-default',
        'convertStyleToAttrs',
        'removeTitle',
        { name: 'removeDesc', params: { removeAny: true } },
        'removeDimensions',
        { name: 'prefixIds', params: { prefix: idPrefix } },
        { name: 'addAttributesToSVGElement', params: { attributes: [{ 'aria-hidden': 'true' }, { focusable: 'false' }] } },
        plainDrawingCheck(report),
      ],
    }).data;
  } catch (error) {
    // A browser may still draw it as an image, as it always has.
    if (error instanceof Error && error.name === 'SvgoParserError') return { problems: [`markup svgo cannot read: ${error.message}`] };
    throw error;
  }
  return problems.length === 0 ? { markup } : { problems };
}
