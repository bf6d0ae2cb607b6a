/**
 * The inline script a section's address carries right after that section, so the page opens there
 * from its first paint. On a slow connection the page arrives in pieces and the browser paints each
 * as it comes: scrolled from the end of the page, the reader saw the article's top, then a jump once
 * the whole page had arrived. Here it scrolls to the heading as soon as the section has arrived, with
 * only the page up to it laid out. Chromium holds its first paint until then, so that paint shows the
 * section whole: the page's head expects the element of this id (articleMeta, headTags), and the
 * script runs as its end is parsed, before the browser can render a frame. (Scrolling in that first
 * frame instead measured slower in Lighthouse, by about 5% of LCP: the page's layout then runs apart
 * from its reading, as one more task.)
 *
 * The page's Content-Security-Policy allows it by its hash (scripts/prerender.js), so its text never
 * varies. An address with a fragment of its own (#ref-2) is left to the browser. React puts the same
 * element in place as it takes the page over, and never runs a script it adds itself.
 *
 * The page ends with the section when it runs, perhaps too soon to scroll the heading to the top of
 * the screen: a screen's height of room below lets it, until the whole page is there.
 */
// Article.module.css selects the sections after this script by its id (CSS cannot import it): rename both.
export const openAtSectionScriptId = 'openAtSection';

export const openAtSectionScript =
  "if(!location.hash){var section=document.currentScript.previousElementSibling,body=document.body.style;body.paddingBottom='100vh';section.querySelector('h2').scrollIntoView({block:'start',behavior:'instant'});document.addEventListener('DOMContentLoaded',function(){body.paddingBottom=''})}";
