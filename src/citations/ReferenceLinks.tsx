import { useTranslation } from 'react-i18next';
import { ExternalLink } from '@/site/ExternalLink';
import { referenceLinks } from './referenceLinks';
import type { Reference } from '@/collection/article';
import styles from './ReferenceLinks.module.css';

/** DOI, PubMed and PMC links for a source, the same in the popover and in the reference list. */
export function ReferenceLinks({ reference }: { reference: Reference }) {
  const { t } = useTranslation();
  return (
    <span className={styles.links}>
      {referenceLinks(reference).map(({ kind, href }) => (
        <ExternalLink key={kind} href={href}>
          {t(`citation.links.${kind}`)}
        </ExternalLink>
      ))}
    </span>
  );
}
