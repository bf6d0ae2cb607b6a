import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '@/site/ExternalLink';
import { referenceLinks, type ReferenceLink } from './referenceLinks';
import type { Reference } from '@/collection/article';
import styles from './ReferenceLinks.module.css';

export interface ReferenceLinksProps {
  reference: Reference;
  /** Actions after the links (a copy-link button), kept on the line of the last link. */
  children?: ReactNode;
}

/** DOI, PubMed and PMC links for a source, the same in the popover, the sheet and the reference list. */
export function ReferenceLinks({ reference, children }: ReferenceLinksProps) {
  const { t } = useTranslation();
  const links = referenceLinks(reference);
  const last = links.at(-1);
  const linkTo = ({ kind, href }: ReferenceLink) => (
    <ExternalLink key={kind} href={href}>
      {t(`citation.links.${kind}`)}
    </ExternalLink>
  );
  return (
    <span className={styles.links}>
      {links.slice(0, -1).map(linkTo)}
      {/* A wrapping line never leaves an icon alone on a line of its own. */}
      <span className={styles.lastTogether}>
        {last ? linkTo(last) : null}
        {children}
      </span>
    </span>
  );
}
