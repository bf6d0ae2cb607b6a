import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleKey } from './articleModel';
import styles from './KeyMessage.module.css';

/** The article's conclusion, set apart so a reader who skims still finds it. */
export function KeyMessage({ textKey }: { textKey: ArticleKey }) {
  const { t } = useTranslation(['article', 'ui']);
  const labelId = useId();
  return (
    <aside className={styles.callout} aria-labelledby={labelId}>
      <p id={labelId} className={styles.label}>
        {t('ui:keyMessage.label')}
      </p>
      <p className={styles.message}>{t(textKey)}</p>
    </aside>
  );
}
