import { useTranslation } from 'react-i18next';
import { siteOrigin } from '@/site/siteOrigin';
import { qrCodePath } from '@/routing/qrCodePath';
import styles from './PrintQrCode.module.css';

/**
 * Only on paper: a QR code and the address of this page, so a printed handout leads back online.
 * The address is the one the code encodes, known at build time, so it prints without JavaScript too.
 */
export function PrintQrCode({ pagePath }: { pagePath: string }) {
  const { t } = useTranslation();
  return (
    <figure className={styles.printOnly}>
      {/* Lazy: hidden on screen, so never downloaded there, where it would come before the first paint.
          Chromium loads it when printing (print.spec.ts), as Firefox ESR did when printed to PDF by hand;
          without JavaScript, lazy loading is off and it comes with the page. */}
      <img src={qrCodePath(pagePath)} alt={t('print.qrAlt')} width="112" height="112" loading="lazy" className={styles.code} />
      <figcaption>
        {t('print.qrLabel')} <span className={styles.address}>{siteOrigin + pagePath}</span>
      </figcaption>
    </figure>
  );
}
