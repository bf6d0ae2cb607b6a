import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import styles from './CiteThisPage.module.css';

// Only readers who scroll to the end need it, so it arrives after the page is interactive.
const CitationToCopy = lazy(() => import('./CitationToCopy'));

const today = () => new Date().toISOString().slice(0, 10);

/** "Cite this page": the article's citation with today as the date of access, shown in the browser. */
export function CiteThisPage() {
  // The prerendered page cannot know the day it will be read, so the citation appears in the browser:
  // as a transition, which React fits in between other work, once the page has come to life.
  const [citedOn, setCitedOn] = useState('');
  useEffect(() => startTransition(() => setCitedOn(today())), []);
  return (
    <div className={styles.slot}>
      {citedOn && (
        <Suspense fallback={null}>
          <CitationToCopy citedOn={citedOn} />
        </Suspense>
      )}
    </div>
  );
}
