import { elementOfHash } from './layout/elementOfHash';
import './styles/index.css';

/**
 * The prerendered page is whole before any script runs: its text, its styles (inlined), its links,
 * its contents. So on a slow connection the page shows first, and only then does React download and
 * hydrate, for the citation popovers, copying and sharing.
 */
function afterFirstContentfulPaint(): Promise<void> {
  // Nothing to show yet (the development server sends an empty shell), or a background tab, which
  // paints nothing until shown: neither should wait.
  const prerendered = Boolean(document.getElementById('root')?.firstElementChild);
  if (!prerendered || document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((entries) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    // Every browser that runs this module (it awaits at top level) reports paint timing.
    observer.observe({ type: 'paint', buffered: true });
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
await afterFirstContentfulPaint();
await import('./hydrateApp');
