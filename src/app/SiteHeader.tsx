import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitch } from '@/language/LanguageSwitch';
import { collectionPath } from '@/routing/addresses';
import { ShareButton } from '@/share/ShareButton';
import styles from './SiteHeader.module.css';

export function SiteHeader({ shareable }: { shareable: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link to={collectionPath(i18n.language)} className={styles.siteName}>
          {t('site.name')}
        </Link>
        <div className={styles.controls}>
          <LanguageSwitch />
          {shareable ? <ShareButton /> : null}
        </div>
      </div>
    </header>
  );
}
