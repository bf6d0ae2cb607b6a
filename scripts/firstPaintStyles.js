// Which of the app's style rules a page carries for its first paint, and which come after it. On a
// slow connection every byte of the page delays that paint, the inline stylesheet's too, and about a
// third of the stylesheet styles what only the running app draws: the citation popover and sheet,
// the read-aloud player and its buttons, back-to-top, messages, the error page. So a page carries
// the rules that can apply to markup the build rendered, on any page (so the app can go from page to
// page with no new rule), and the start script asks for the rest once the page has painted
// (src/startAfterFirstPaint.js).
//
// The rest comes after every inline rule rather than among them, which changes the outcome only where
// two rules of the same specificity, one from each part, set the same property of one element. The
// app's shared controls avoid that by sitting in a cascade layer (src/styles/controls.module.css), so
// that a component's own rules win over them in whatever order they come. Checked in December 2026:
// every element's computed style was the same as with the whole stylesheet inline, with a citation
// open on a phone and on a wide screen, scrolled to the end, and on the list and not-found pages.
import { Features, transform } from 'lightningcss';
import { lightningcssTargets } from './cssTargets.js';

/**
 * The class names in rendered markup, as React writes them: in double quotes.
 * @param {string} html
 * @returns {Set<string>}
 */
export function classesIn(html) {
  const classes = new Set();
  for (const [, names] of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of (names ?? '').split(/\s+/)) if (name) classes.add(name);
  }
  return classes;
}

/**
 * Whether a selector can match markup with only these classes. A class inside a pseudo-class's
 * parentheses does not count: in :not(.open) the selector matches without it, and in :is() or :has()
 * keeping the rule for the first paint is the safe side.
 * @param {import('lightningcss').Selector} selector
 * @param {ReadonlySet<string>} classes
 */
const canMatch = (selector, classes) => selector.every((part) => part.type !== 'class' || classes.has(part.name));

/**
 * The rules an at-rule such as @media or @layer holds, if it holds any.
 * @param {import('lightningcss').Rule} rule
 * @returns {import('lightningcss').Rule[] | undefined}
 */
function heldRules(rule) {
  if (rule.type === 'style' || rule.type === 'page' || !('value' in rule) || typeof rule.value !== 'object' || rule.value === null) return undefined;
  return 'rules' in rule.value && Array.isArray(rule.value.rules) ? rule.value.rules : undefined;
}

/**
 * The stylesheet in two: the rules that can style the rendered markup, and the others. A rule listing
 * several selectors stays whole, in the first part if any of them can match. At-rules that style no
 * element of their own (keyframes, @page, @font-face, @property, layer order) stay with the first
 * part, which both share.
 *
 * Rules are kept or dropped, never changed by the visitor: lightningcss 1.33 cannot read back some
 * rules it hands one (a var() without a fallback, for one). Its minifier then writes each part for
 * the build's browsers, as Vite wrote the whole (scripts/cssTargets.js), but leaves light-dark()
 * alone: Vite has lowered it already, and lowering it again repeats its custom properties.
 * @param {string} css the built stylesheet
 * @param {ReadonlySet<string>} renderedClasses every class name in the rendered pages
 * @returns {{ firstPaint: string, later: string }}
 */
export function splitByUse(css, renderedClasses) {
  /** @param {boolean} firstPaint */
  const part = (firstPaint) =>
    transform({
      filename: 'the built stylesheet',
      code: Buffer.from(css),
      minify: true,
      targets: lightningcssTargets(),
      exclude: Features.LightDark,
      visitor: {
        Rule(rule) {
          if (rule.type === 'style') {
            if (rule.value.rules?.length) {
              throw new Error('The built stylesheet has a nested style rule, which the first paint cannot split yet: flatten it for the build target.');
            }
            const used = rule.value.selectors.some((selector) => canMatch(selector, renderedClasses));
            return used === firstPaint ? undefined : [];
          }
          if (rule.type === 'layer-block' && !rule.value.name) {
            // Split in two, an unnamed layer would become two layers, the second after every other.
            throw new Error('The built stylesheet has an unnamed @layer, which the first paint cannot split: give it a name.');
          }
          return firstPaint || heldRules(rule) ? undefined : [];
        },
        RuleExit(rule) {
          // Emptied by the split: a removed rule stays behind as an ignored one. An empty layer still
          // sets the layers' order, so the first part keeps it.
          const emptied = heldRules(rule)?.every((held) => held.type === 'ignored') ?? false;
          return emptied && !(firstPaint && rule.type === 'layer-block') ? [] : undefined;
        },
      },
    }).code.toString();
  return { firstPaint: part(true), later: part(false) };
}
