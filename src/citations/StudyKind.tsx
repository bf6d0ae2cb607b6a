import { useTranslation } from 'react-i18next';
import { useArticleText } from '@/collection/useArticleText';

/** "Type of study: randomised controlled trial, 373 patients", in the reader's language. */
export function StudyKind({ referenceNumber, className }: { referenceNumber: number; className?: string }) {
  const { t } = useTranslation();
  const text = useArticleText();
  // references.json says which kind of study each source is, in English; the article's text carries
  // the wording in each language.
  const kind = text(`sourceKinds.${referenceNumber}`);
  return <span className={className}>{t('citation.studyKind', { kind })}</span>;
}
