import type { ReactNode } from 'react';
import { SiteHeader } from './SiteHeader';
import { SkipLink, mainContentId } from './SkipLink';
import styles from './PageLayout.module.css';

export interface PageLayoutProps {
  /** Beside the text on wide screens, above it on phones. */
  aside?: ReactNode;
  children: ReactNode;
}

export function PageLayout({ aside, children }: PageLayoutProps) {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <div className={aside ? styles.withAside : styles.single}>
        {aside}
        <main id={mainContentId} className={styles.main} tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
