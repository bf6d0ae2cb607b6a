import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { absoluteUrl, useCopyLink } from './useCopyLink';
import styles from './ShareButton.module.css';

/** Shares this page through the phone's own share sheet, or copies its address where there is none. */
export function ShareButton() {
  const { t } = useTranslation();
  const { pathname, hash } = useLocation();
  const copyLink = useCopyLink();
  const share = async () => {
    const path = pathname + hash;
    if (typeof navigator.share !== 'function') return copyLink(path);
    try {
      await navigator.share({ title: document.title, url: absoluteUrl(path) });
    } catch (error) {
      // The reader closing the share sheet is no failure; anything else falls back to copying.
      if (!(error instanceof DOMException && error.name === 'AbortError')) await copyLink(path);
    }
  };
  return (
    <button type="button" className={styles.share} onClick={() => void share()}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 10V2M5 5l3-3 3 3M3 8v5h10V8" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      <span className={styles.label}>{t('sharing.share')}</span>
    </button>
  );
}
