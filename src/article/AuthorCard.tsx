import { useTranslation } from 'react-i18next';
import styles from './AuthorCard.module.css';

export function AuthorCard() {
  const { t } = useTranslation(['article', 'ui']);
  return (
    <aside className={styles.card} aria-label={t('ui:author.label')}>
      <p className={styles.name}>{t('author.name')}</p>
      <ul className={styles.roles}>
        <li>{t('author.role')}</li>
      </ul>
      <p className={styles.bio}>{t('author.bio')}</p>
    </aside>
  );
}
