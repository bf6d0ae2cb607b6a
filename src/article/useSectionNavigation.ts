import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';
import { elementOfHash } from '@/layout/elementOfHash';
import { flashHighlight } from '@/layout/flashHighlight';
import { scrollBehavior } from '@/layout/scrollBehavior';
import { articleTitleId } from './ArticleBody';

/**
 * History state for the page's own replacement of its address by the canonical form of the same
 * place: a contents link's fragment dropped, another language's slug translated. The place is shown
 * already, so it is not scrolled to or focused again: a reader who has tabbed on keeps their focus.
 */
export const samePlaceState = { samePlace: true } as const;

function isSamePlace(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'samePlace' in state;
}

function headingOf(section: string | null): HTMLElement | null {
  return section ? document.querySelector<HTMLElement>(`[data-section="${section}"] h2`) : null;
}

/**
 * On every change of address — a link, back or forward, the language switch, a cold deep link — brings
 * the addressed place to the top of the screen and moves focus there, so screen readers start there.
 */
export function useSectionNavigation(section: string | null): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const isFirstVisit = useRef(true);

  useEffect(() => {
    // Back and forward should land where the address points, not where the browser last was.
    window.history.scrollRestoration = 'manual';
  }, []);

  useEffect(() => {
    const firstVisit = isFirstVisit.current;
    isFirstVisit.current = false;
    // Back and forward to such an entry are a POP, and do move there.
    if (navigationType === 'REPLACE' && isSamePlace(location.state)) return;
    const behavior = firstVisit ? 'instant' : scrollBehavior();
    const heading = headingOf(section);
    const hashTarget = elementOfHash(location.hash);
    // A fragment naming the section's own heading is the no-JavaScript form of the section address.
    const fragmentTarget = hashTarget === heading ? null : hashTarget;
    if (fragmentTarget) {
      // A reference or a citation: in the middle of the screen, and lit up for a moment.
      fragmentTarget.scrollIntoView({ behavior, block: 'center' });
      fragmentTarget.focus({ preventScroll: true });
      flashHighlight(fragmentTarget);
    } else if (heading) {
      heading.scrollIntoView({ behavior, block: 'start' });
      heading.focus({ preventScroll: true });
    } else if (!firstVisit) {
      window.scrollTo({ top: 0, behavior });
      document.getElementById(articleTitleId)?.focus({ preventScroll: true });
    }
    // Keyed on the history entry: following the same link twice must scroll again.
  }, [location.key]); // eslint-disable-line react-hooks/exhaustive-deps
}
