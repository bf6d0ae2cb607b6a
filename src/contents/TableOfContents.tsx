import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useArticle } from '@/collection/ArticleContext';
import { sectionHeadingId, textKey } from '@/collection/article';
import { useArticleText } from '@/collection/useArticleText';
import { articlePath } from '@/routing/addresses';
import { useCurrentSection } from './ActiveSection';
import styles from './TableOfContents.module.css';

/**
 * The article's sections. On wide screens a sticky sidebar; on phones a disclosure at the top, so the
 * list does not push the text a screen down. The disclosure is the browser's own <details>, so it
 * opens without JavaScript too.
 */
export function TableOfContents() {
  const { t, i18n } = useTranslation();
  const article = useArticle();
  const text = useArticleText();
  const currentSection = useCurrentSection();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const language = i18n.language;
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
          {article.sections.map(({ id }) => (
            <li key={id}>
              <Link
                // The fragment lands a reader without JavaScript on the heading; with it, the
                // article drops the fragment from the address again.
                to={`${articlePath(language, article, id)}#${sectionHeadingId(article, language, id)}`}
                className={styles.link}
                aria-current={currentSection === id ? 'location' : undefined}
                onClick={() => setOpen(false)}
              >
                {text(textKey(id, 'heading'))}
              </Link>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
