// Which of the app's style rules a page carries for its first paint, and which come after it. On a
// slow connection every byte of the page delays that paint, the inline stylesheet's too, and about a
// quarter of the stylesheet styles what only the running app draws: the citation popover and sheet,
// the read-aloud player, the back-to-top button, messages. So a page carries the rules that can apply
// to markup the build rendered, on any page (so the app can go from page to page with no new rule),
// and the start script asks for the rest once the page has painted (src/startAfterFirstPaint.js).
//
// The rest comes after every inline rule rather than among them, which changes the outcome only where
// two rules of the same specificity, one from each part, set the same property of one element. The
// app's shared controls avoid that by sitting in a cascade layer (src/styles/controls.module.css), so
// that a component's own rules win over them in whatever order they come. Checked in December 2026:
// every element's computed style was the same as with the whole stylesheet inline, with a citation
// open on a phone and on a wide screen, scrolled to the end, and on the list and not-found pages.
import { transform } from 'lightningcss';

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
 * parentheses, as in :not(.open), does not count: the selector may match without it.
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
 * several selectors stays whole, in the first part if any of them can match. At-rules that hold no
 * style of their own (keyframes, @page, layer order) stay with the first part, which both share.
 *
 * Rules are only kept or dropped, never rewritten: lightningcss 1.33 cannot read back some rules it
 * hands a visitor (a var() without a fallback, for one).
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
      visitor: {
        Rule(rule) {
          if (rule.type === 'style') {
            if (rule.value.rules?.length) {
              throw new Error('The built stylesheet has a nested style rule, which the first paint cannot split yet: flatten it for the build target.');
            }
            const used = rule.value.selectors.some((selector) => canMatch(selector, renderedClasses));
            return used === firstPaint ? undefined : [];
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
