import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { sectionIds } from '@/article/articleModel';
import { articlePath } from '@/app/paths';
import { useCurrentSection } from './ActiveSection';
import styles from './TableOfContents.module.css';

/**
 * The article's sections. On wide screens a sticky sidebar; on phones a disclosure button at the top,
 * so the list does not push the text a screen down.
 */
export function TableOfContents() {
  const { t, i18n } = useTranslation(['ui', 'article']);
  const currentSection = useCurrentSection();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const listId = useId();
  return (
    <nav className={styles.contents} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('contents.label')}
      </h2>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {t('contents.toggle')}
        <svg className={styles.chevron} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="m3 6 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <ol id={listId} className={styles.list} data-open={open}>
        {sectionIds.map((id) => (
          <li key={id}>
            <Link
              to={articlePath(i18n.language, id)}
              className={styles.link}
              aria-current={currentSection === id ? 'location' : undefined}
              onClick={() => setOpen(false)}
            >
              {t(`article:sections.${id}.heading`)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
