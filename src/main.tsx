import { elementOfHash } from './layout/elementOfHash';
import './styles/index.css';

/**
 * How long to wait for a paint the browser may never report. Long enough for a busy phone: a page
 * that sometimes took over a second to paint here had, after half a second, started fetching and
 * running the app first, which held that paint back further.
 */
const longestWaitForPaint = 2000;

/**
 * The prerendered page is whole before any script runs: its text, its styles (inlined), its links,
 * its contents. So on a slow connection the page shows first, and only then does React download and
 * hydrate, for the citation popovers, copying and sharing.
 *
 * Firefox does not always record a first-contentful-paint entry (seen on cold opens of a section's
 * address), so the paint entry is one of three signals, whichever comes first: the entry, the second
 * animation frame (a frame has been painted by then), or a short timeout (a tab that is shown but
 * not rendering frames). Never a wait for a signal that may not come.
 */
function afterFirstPaint(): Promise<void> {
  // Nothing to show yet (the development server sends an empty shell), or a background tab, which
  // paints nothing until shown: neither should wait.
  const prerendered = Boolean(document.getElementById('root')?.firstElementChild);
  if (!prerendered || document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length) done();
    });
    const timeout = window.setTimeout(done, longestWaitForPaint);
    function done() {
      observer.disconnect();
      window.clearTimeout(timeout);
      // In a task of its own: from an animation frame, fetching the app would run in the same long
      // task as that frame's layout and paint.
      window.setTimeout(resolve);
    }
    observer.observe({ type: 'paint', buffered: true });
    requestAnimationFrame(() => requestAnimationFrame(done));
  });
}

/**
 * A section's address opens at that section from the first paint, instead of jumping there once React
 * has hydrated. The contents mark the addressed section, and link to its heading.
 */
function openAtAddressedSection(): void {
  // A fragment the browser scrolls to by itself.
  if (window.location.hash) return;
  const contentsLink = document.querySelector<HTMLAnchorElement>('a[aria-current="location"][href*="#"]');
  if (contentsLink) elementOfHash(contentsLink.hash)?.scrollIntoView({ block: 'start', behavior: 'instant' });
}

openAtAddressedSection();
// Not top-level await, here or in hydrateApp: Rolldown then keeps this entry one script, with no
// shared chunk to fetch beside it before the first paint.
void afterFirstPaint().then(() => import('./hydrateApp'));
