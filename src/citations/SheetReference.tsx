import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { referenceAnchor } from './citationPlaces';
import type { ReferenceEntryProps } from './CitationDialogFrame';
import { ReferenceLinks } from './ReferenceLinks';
import { byline, placeInJournal } from './referenceParts';
import { StudyKind } from './StudyKind';
import styles from './SheetReference.module.css';

interface SheetReferenceProps extends ReferenceEntryProps {
  /**
   * Only number, first author, year and title, the title leading to the full entry in the reference
   * list: for when the sheet could not show every source whole without scrolling.
   */
  brief: boolean;
}

/** One source as the sheet shows it on a phone: compact, so that every source of a citation fits. */
export function SheetReference({ reference, brief, onLeave }: SheetReferenceProps) {
  const { t } = useTranslation();
  const toList = { hash: `#${referenceAnchor(reference.n)}` };
  const whichSource = <span className="visually-hidden">{t('citation.toReferenceListFor', { number: reference.n })}</span>;
  const title = (
    <cite className={styles.title} lang="en">
      {reference.title}
    </cite>
  );
  const where = placeInJournal(reference);
  return (
    <span className={styles.entry}>
      <span className={styles.byline}>
        <span className={styles.number}>[{reference.n}]</span> {byline(reference, 1, t('citation.etAl'))} ({reference.year})
      </span>
      {brief ? (
        <Link className={styles.titleLink} to={toList} onClick={onLeave}>
          {title} <span className="visually-hidden">{t('citation.toReferenceList')}</span> {whichSource}
        </Link>
      ) : (
        <>
          {title}
          <span className={styles.details}>
            <i>{reference.journal}</i>
            {where ? ` ${where}` : ''}
            {reference.kind ? (
              <>
                {' · '}
                <StudyKind referenceNumber={reference.n} />
              </>
            ) : null}
          </span>
          <span className={styles.actions}>
            <ReferenceLinks reference={reference} />
            <Link className={styles.toList} to={toList} onClick={onLeave}>
              {t('citation.toReferenceList')} {whichSource}
            </Link>
          </span>
        </>
      )}
    </span>
  );
}
