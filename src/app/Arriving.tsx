import { useTranslation } from 'react-i18next';
import { PageLayout } from './PageLayout';

/** While what a reader's click asked for is on its way: the page has nothing else to show meanwhile. */
export function Arriving() {
  const { t } = useTranslation();
  return (
    <PageLayout>
      <p aria-busy="true">{t('arriving')}</p>
    </PageLayout>
  );
}
