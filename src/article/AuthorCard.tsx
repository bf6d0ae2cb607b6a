import { useTranslation } from 'react-i18next';
import { useArticleText } from '@/collection/useArticleText';
import styles from './AuthorCard.module.css';

export function AuthorCard() {
  const { t } = useTranslation();
  const text = useArticleText();
  return (
    <aside className={styles.card} aria-label={t('author.label')}>
      <p className={styles.name}>{text('author.name')}</p>
      <ul className={styles.roles}>
        <li>{text('author.role')}</li>
      </ul>
      <p className={styles.bio}>{text('author.bio')}</p>
    </aside>
  );
}
