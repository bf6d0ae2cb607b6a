import type { ReactNode } from 'react';
import { AnnouncerProvider } from '@/layout/Announcer';
import { SiteHeader } from './SiteHeader';
import { SkipLink, mainContentId } from '@/layout/SkipLink';
import styles from './PageLayout.module.css';

export interface PageLayoutProps {
  /** Beside the text on wide screens, above it on phones. */
  aside?: ReactNode;
  /** Whether the page is worth sharing: the article is, a not-found page is not. */
  shareable?: boolean;
  children: ReactNode;
}

export function PageLayout({ aside, shareable = false, children }: PageLayoutProps) {
  return (
    <AnnouncerProvider>
      <SkipLink />
      <SiteHeader shareable={shareable} />
      <div className={aside ? styles.withAside : styles.single}>
        {aside}
        <main id={mainContentId} className={styles.main} tabIndex={-1}>
          {children}
        </main>
      </div>
    </AnnouncerProvider>
  );
}
