import { useTranslation } from 'react-i18next';

/** "Type of study: randomised controlled trial, 373 patients", in the reader's language. */
export function StudyKind({ referenceNumber, className }: { referenceNumber: number; className?: string }) {
  const { t } = useTranslation();
  // references.json says which kind of study each source is, in English; locales carry the wording.
  const kind = t(`sourceKinds.${referenceNumber}` as 'sourceKinds.1');
  return <span className={className}>{t('citation.studyKind', { kind })}</span>;
}
