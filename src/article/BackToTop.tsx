import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scrollBehavior } from '@/layout/scrollBehavior';
import { articleTitleId } from './ArticleBody';
import styles from './BackToTop.module.css';

/** Appears once the reader is past the first screen; takes them and their focus back to the title. */
export function BackToTop() {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const update = () => setVisible(window.scrollY > window.innerHeight);
    update();
    window.addEventListener('scroll', update, { passive: true });
    return () => window.removeEventListener('scroll', update);
  }, []);

  if (!visible) return null;
  return (
    <button
      type="button"
      className={styles.backToTop}
      onClick={() => {
        window.scrollTo({ top: 0, behavior: scrollBehavior() });
        document.getElementById(articleTitleId)?.focus({ preventScroll: true });
      }}
    >
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="m3 10 5-5 5 5" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      {t('backToTop')}
    </button>
  );
}
