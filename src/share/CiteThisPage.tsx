import { lazy, Suspense, useSyncExternalStore } from 'react';

// Only readers who scroll to the end need it, so it arrives after the page is interactive.
const CitationToCopy = lazy(() => import('./CitationToCopy'));

const noSubscription = () => () => {};
const today = () => new Date().toISOString().slice(0, 10);
// The prerendered page cannot know the day it will be read, so the citation appears in the browser.
const notYetKnown = () => '';

/** "Cite this page": the article's citation with today as the date of access, shown in the browser. */
export function CiteThisPage() {
  const citedOn = useSyncExternalStore(noSubscription, today, notYetKnown);
  if (!citedOn) return null;
  return (
    <Suspense fallback={null}>
      <CitationToCopy citedOn={citedOn} />
    </Suspense>
  );
}
