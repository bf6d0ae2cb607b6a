import { useTranslation } from 'react-i18next';
import { rememberShowKeys } from './showKeysMode';
import styles from './ShowKeysToggle.module.css';

/**
 * Development only: switches show-keys mode. A full page load, because the key markers are set up
 * when i18next starts.
 */
export function ShowKeysToggle({ showKeys }: { showKeys: boolean }) {
  const { t } = useTranslation();
  return (
    <a
      className={styles.toggle}
      href={`?showKeys=${showKeys ? 0 : 1}`}
      onClick={() => rememberShowKeys(!showKeys)}
    >
      {showKeys ? t('translatorTools.hideKeys') : t('translatorTools.showKeys')}
    </a>
  );
}
