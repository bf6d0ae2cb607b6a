import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticleText } from '@/collection/useArticleText';
import styles from './KeyMessage.module.css';

/** The article's conclusion, set apart so a reader who skims still finds it. */
export function KeyMessage({ textKey }: { textKey: string }) {
  const { t } = useTranslation();
  const text = useArticleText();
  const labelId = useId();
  return (
    <aside className={styles.callout} aria-labelledby={labelId}>
      <p id={labelId} className={styles.label}>
        {t('keyMessage.label')}
      </p>
      <p className={styles.message}>{text(textKey)}</p>
    </aside>
  );
}
