import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './ExternalLink.module.css';

export interface ExternalLinkProps {
  href: string;
  /** Opening a new tab disorients many readers, so links stay in the tab unless asked. */
  newTab?: boolean;
  children?: ReactNode;
}

/** A link that leaves this site, marked as such for eyes and for screen readers. */
export function ExternalLink({ href, newTab = false, children }: ExternalLinkProps) {
  const { t } = useTranslation();
  return (
    <a
      href={href}
      className={styles.external}
      rel={newTab ? 'external noopener noreferrer' : 'external'}
      target={newTab ? '_blank' : undefined}
    >
      {children}
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>{' '}
      <span className="visually-hidden">
        {t('externalLink.external')}
        {newTab ? ` ${t('externalLink.newTab')}` : ''}
      </span>
    </a>
  );
}
