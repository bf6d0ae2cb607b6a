import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { qrCodePath } from './qrCodePath';
import styles from './PrintQrCode.module.css';

const noSubscription = () => () => {};
const siteOrigin = () => window.location.origin;
// The prerendered page does not know where it is served from; the browser fills the address in.
const unknownOrigin = () => '';

/** Only on paper: a QR code and the address of this page, so a printed handout leads back online. */
export function PrintQrCode({ pagePath }: { pagePath: string }) {
  const { t } = useTranslation();
  const origin = useSyncExternalStore(noSubscription, siteOrigin, unknownOrigin);
  return (
    <figure className={styles.printOnly}>
      {/* Low priority: on screen it is hidden, so it must not compete with what the reader sees. */}
      <img
        src={qrCodePath(pagePath)}
        alt={t('print.qrAlt')}
        width="112"
        height="112"
        fetchPriority="low"
        className={styles.code}
      />
      <figcaption>
        {t('print.qrLabel')} {origin ? <span className={styles.address}>{origin + pagePath}</span> : null}
      </figcaption>
    </figure>
  );
}
