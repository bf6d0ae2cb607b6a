import { useTranslation } from 'react-i18next';
import { useSummaries } from '@/collection/useCollectionData';
import { useDocumentMeta } from '@/layout/documentMeta';
import { PageLayout } from './PageLayout';
import { articlePath } from '@/routing/addresses';
import links from '@/styles/links.module.css';
import styles from './OfflinePage.module.css';
import { useSavedPages } from '@/offline/useSavedPages';

/**
 * What the service worker shows for an address never saved on this device while there is no
 * network: in the address's language, with links to the articles that can be read offline.
 */
export function OfflinePage() {
  const { t, i18n } = useTranslation();
  const summaries = useSummaries();
  const saved = useSavedPages();
  useDocumentMeta({
    language: i18n.language,
    title: t('offline.pageTitle'),
    description: t('offline.explanation'),
    offline: true,
  });

  const readable = (summaries ?? []).flatMap((article) =>
    Object.entries(article.translations).flatMap(([language, translation]) =>
      saved?.includes(articlePath(language, article)) ? [{ language, title: translation.title, path: articlePath(language, article) }] : [],
    ),
  );
  return (
    <PageLayout>
      <h1>{t('offline.heading')}</h1>
      <p>{t('offline.explanation')}</p>
      <button type="button" className={styles.retry} onClick={() => window.location.reload()}>
        {t('offline.retry')}
      </button>
      {saved === undefined ? null : readable.length > 0 ? (
        <>
          <p>{t('offline.saved')}</p>
          <ul className={links.links}>
            {readable.map(({ language, title, path }) => (
              <li key={path} lang={language}>
                {/* A full load: the saved page comes from the cache as it was prerendered. */}
                <a href={path} hrefLang={language} className={links.link}>
                  {title}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('offline.nothingSaved')}</p>
      )}
    </PageLayout>
  );
}
