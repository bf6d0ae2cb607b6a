import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { scrollBehavior } from '@/layout/scrollBehavior';
import { articleTitleId } from './Article';
import type { SectionId } from './articleModel';

function targetOf(hash: string, section: SectionId | null): HTMLElement | null {
  if (hash.length > 1) {
    try {
      const byHash = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (byHash) return byHash;
    } catch {
      // A malformed fragment (bad percent-encoding) is ignored like an unknown one.
    }
  }
  return section ? document.querySelector<HTMLElement>(`[data-section="${section}"] > h2`) : null;
}

/**
 * On every change of address — a link, back or forward, the language switch, a cold deep link — brings
 * the addressed place to the top of the screen and moves focus there, so screen readers start there.
 */
export function useSectionNavigation(section: SectionId | null): void {
  const location = useLocation();
  const isFirstVisit = useRef(true);

  useEffect(() => {
    // Back and forward should land where the address points, not where the browser last was.
    window.history.scrollRestoration = 'manual';
  }, []);

  useEffect(() => {
    const firstVisit = isFirstVisit.current;
    isFirstVisit.current = false;
    const behavior = firstVisit ? 'instant' : scrollBehavior();
    const target = targetOf(location.hash, section);
    if (target) {
      target.scrollIntoView({ behavior, block: 'start' });
      target.focus({ preventScroll: true });
    } else if (!firstVisit) {
      window.scrollTo({ top: 0, behavior });
      document.getElementById(articleTitleId)?.focus({ preventScroll: true });
    }
    // Keyed on the history entry: following the same link twice must scroll again.
  }, [location.key]); // eslint-disable-line react-hooks/exhaustive-deps
}
