import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ReferenceLinks } from './ReferenceLinks';
import { StudyKind } from './StudyKind';
import { referenceAnchor } from './citationPlaces';
import type { ReferenceEntryProps } from './CitationDialogFrame';
import { byline, placeInJournal } from './referenceParts';
import styles from './ReferenceSummary.module.css';

const shownAuthors = 3;

/** One source as the popover shows it: who, what, where, what kind of study, and links. */
export function ReferenceSummary({ reference, onLeave }: ReferenceEntryProps) {
  const { t } = useTranslation();
  const where = placeInJournal(reference);
  return (
    <span className={styles.summary}>
      <span className={styles.number}>[{reference.n}]</span>
      <span className={styles.line}>
        {byline(reference, shownAuthors, t('citation.etAl'))} ({reference.year})
      </span>
      <cite className={styles.title} lang="en">
        {reference.title}
      </cite>
      <span className={styles.line}>
        <i>{reference.journal}</i>
        {where ? ` ${where}` : ''}
      </span>
      {reference.kind ? <StudyKind referenceNumber={reference.n} className={styles.kind} /> : null}
      <ReferenceLinks reference={reference} />
      <Link className={styles.toList} to={{ hash: `#${referenceAnchor(reference.n)}` }} onClick={onLeave}>
        {t('citation.toReferenceList')}{' '}
        <span className="visually-hidden">{t('citation.toReferenceListFor', { number: reference.n })}</span>
      </Link>
    </span>
  );
}
