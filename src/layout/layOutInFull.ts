import { whenPageIsIdle } from './whenPageIsIdle';

/**
 * The mark on <html> that ends the page's laying out of parts only as they near the screen.
 *
 * Until then, the article's sections, its reference list and its citation box are laid out and
 * painted only near the screen (`content-visibility: auto`), so the first paint costs the phone only
 * what is on screen. A part's height meanwhile is a guess, and a wrong one moves the page: End
 * stopped short of the end, by a screen or two, in Chromium, Firefox and WebKit alike, because the
 * parts it passed took their true height and the browser kept what was on screen in place. Once the
 * page has come to life and the browser has a quiet moment, every part takes its true height, in
 * one layout nobody waits for. Read by Article.module.css, ReferenceList.module.css and
 * CiteThisPage.module.css, and waited for by the browser tests (tests/e2e/fixtures.ts,
 * tests/engines/waiting.ts): rename it there too.
 */
const laidOutInFullAttribute = 'data-laid-out-in-full';

/** @returns a function that calls it off, if it has not happened yet */
export function layOutInFullWhenIdle(): () => void {
  // Once is enough: the mark stays while the reader goes from article to article.
  if (document.documentElement.hasAttribute(laidOutInFullAttribute)) return () => {};
  return whenPageIsIdle(() => keepingInPlace(() => document.documentElement.setAttribute(laidOutInFullAttribute, '')));
}

/**
 * Makes a change that may resize what lies above the screen, and scrolls by as much as that moved
 * what the reader is looking at. Browsers do not always do it themselves: WebKit has no scroll
 * anchoring, and where End came before the page was idle, the reference in the middle of the screen
 * gave way to the one before it; Chromium, with the parts let go at once, pushed a linked source
 * more than two screens down. Where the browser did keep it in place, it has not moved, and nothing
 * is scrolled.
 */
function keepingInPlace(change: () => void): void {
  const anchor = thingInMiddleOfScreen();
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (!anchor || before === undefined) return;
  const moved = anchor.getBoundingClientRect().top - before;
  if (moved !== 0) window.scrollBy({ top: moved, behavior: 'instant' });
}

/**
 * What of the page's text is near the middle of the screen, and shorter than it: a paragraph, say,
 * which moves with everything around it, rather than the article that holds it, whose top stays
 * put. Not a citation's sheet over the text, which stays put as well.
 */
function thingInMiddleOfScreen(): Element | undefined {
  for (const share of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    const hit = document.elementFromPoint(window.innerWidth / 2, window.innerHeight * share);
    const inText = hit?.closest('main') && !hit.closest('[role="dialog"]');
    if (hit && inText && hit.getBoundingClientRect().height < window.innerHeight) return hit;
  }
  return undefined;
}
