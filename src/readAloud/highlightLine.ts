import { scrollBehavior } from '@/layout/scrollBehavior';
import { stickyHeaderBottom } from '@/layout/stickyHeaderBottom';

/** The name of the CSS Custom Highlight the sentence being read is painted with (see ReadAloudPlayer.module.css). */
export const highlightName = 'read-aloud';
/** Where the Highlight API is missing: the block being read is marked instead, with an outline. */
export const fallbackAttribute = 'data-read-aloud';

function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function clearFallback(): void {
  document.querySelectorAll(`[${fallbackAttribute}]`).forEach((element) => element.removeAttribute(fallbackAttribute));
}

export function clearHighlight(): void {
  if (canHighlight()) CSS.highlights.delete(highlightName);
  clearFallback();
}

/**
 * Paints the sentence being read without touching the page's layout, and scrolls it into the part
 * of the screen that the header above and the player below leave free.
 */
export function highlightRange(range: Range, playerTop: number): void {
  if (canHighlight()) {
    CSS.highlights.set(highlightName, new Highlight(range));
  } else {
    clearFallback();
    const block = range.startContainer.parentElement?.closest('p, h1, h2, h3, li, figcaption');
    block?.setAttribute(fallbackAttribute, '');
  }
  const box = range.getBoundingClientRect();
  const top = stickyHeaderBottom();
  const bottom = Math.min(playerTop, window.innerHeight);
  if (box.height === 0 || (box.top >= top && box.bottom <= bottom)) return;
  // A third of the way down the free part: the reader sees what comes next, and some of what came.
  const target = top + (bottom - top) / 3;
  window.scrollBy({ top: box.top - target, behavior: scrollBehavior() });
}
