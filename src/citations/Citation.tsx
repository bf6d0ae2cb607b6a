import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCitation } from './parseCitation';
import { referenceAnchor } from './references';
import styles from './Citation.module.css';

function textOf(children: ReactNode): string {
  return Array.isArray(children) ? children.join('') : String(children ?? '');
}

/** An inline citation such as [2–4], linking to the first reference it cites. */
export function Citation({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const numbers = parseCitation(textOf(children));
  const first = numbers?.[0];
  const last = numbers?.at(-1);
  if (first === undefined || last === undefined) return <>{children}</>;
  const label =
    first === last ? t('citation.single', { number: first }) : t('citation.range', { first, last });
  return (
    <a className={styles.citation} href={`#${referenceAnchor(first)}`} aria-label={label}>
      [{first === last ? first : `${first}–${last}`}]
    </a>
  );
}
