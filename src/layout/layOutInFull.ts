import { whenPageIsIdle } from './whenPageIsIdle';

/**
 * The mark on <html> that ends the page's laying out of parts only as they near the screen.
 *
 * Until then, the article's later sections, its reference list and its citation box are laid out
 * and painted only near the screen (`content-visibility: auto`), so the first paint costs the phone
 * only what is on screen. A part's height meanwhile is a guess, and a wrong one moves the page: End
 * stopped short of the end, by a screen or two, in Chromium, Firefox and WebKit alike, because the
 * parts it passed took their true height and the browser kept what was on screen in place. Once the
 * page has come to life and the browser has a quiet moment, every part takes its true height, in
 * one layout nobody waits for. Read by Article.module.css, ReferenceList.module.css and
 * CiteThisPage.module.css: rename it there too.
 */
export const laidOutInFullAttribute = 'data-laid-out-in-full';

/** @returns a function that calls it off, if it has not happened yet */
export function layOutInFullWhenIdle(): () => void {
  return whenPageIsIdle(() => document.documentElement.setAttribute(laidOutInFullAttribute, ''));
}
