import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './SkipLink.module.css';

export const mainContentId = 'main-content';

/** The first thing a keyboard or switch user reaches: straight past the header to the text. */
export function SkipLink() {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(mainContentId);
    if (!main) return;
    // Moving focus ourselves keeps the address free of '#main-content', which clinicians would share.
    event.preventDefault();
    main.focus();
  };
  return (
    <a className={styles.skipLink} href={`#${mainContentId}`} onClick={skip}>
      {t('skipLink')}
    </a>
  );
}
