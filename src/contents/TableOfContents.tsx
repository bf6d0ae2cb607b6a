import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { sectionIds } from '@/article/articleModel';
import { articlePath } from '@/app/paths';
import { sectionSlug } from '@/article/sectionSlugs';
import { useCurrentSection } from './ActiveSection';
import styles from './TableOfContents.module.css';

/**
 * The article's sections. On wide screens a sticky sidebar; on phones a disclosure at the top, so the
 * list does not push the text a screen down. The disclosure is the browser's own <details>, so it
 * opens without JavaScript too.
 */
export function TableOfContents() {
  const { t, i18n } = useTranslation(['ui', 'article']);
  const currentSection = useCurrentSection();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  return (
    <nav className={styles.contents} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('contents.label')}
      </h2>
      <details className={styles.disclosure} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className={styles.toggle}>
          {t('contents.toggle')}
          <svg className={styles.chevron} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="m3 6 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </summary>
        <ol className={styles.list}>
          {sectionIds.map((id) => (
            <li key={id}>
              <Link
                // The fragment lands a reader without JavaScript on the heading; with it, the
                // article drops the fragment from the address again.
                to={`${articlePath(i18n.language, id)}#${sectionSlug(i18n.language, id)}`}
                className={styles.link}
                aria-current={currentSection === id ? 'location' : undefined}
                onClick={() => setOpen(false)}
              >
                {t(`article:sections.${id}.heading`)}
              </Link>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
