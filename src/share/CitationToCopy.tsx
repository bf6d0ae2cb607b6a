import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticle } from '@/collection/ArticleContext';
import { dayOf } from '@/collection/article';
import { useArticleText } from '@/collection/useArticleText';
import { formatDay } from '@/i18n/dates';
import { sourceLanguage } from '@/i18n/languages';
import { useLanguages } from '@/i18n/LanguagesContext';
import { articlePath } from '@/routing/addresses';
import { publisher } from '@/site/siteConfig';
import { useAnnounce } from '@/layout/Announcer';
import { absoluteUrl } from './useCopyLink';
import { vancouverCitation } from './vancouverCitation';
import styles from './CitationToCopy.module.css';

/** The article's citation in the Vancouver style, with the given date of access, ready to copy. */
export default function CitationToCopy({ citedOn }: { citedOn: string }) {
  const { t, i18n } = useTranslation();
  const article = useArticle();
  const text = useArticleText();
  const languages = useLanguages();
  const announce = useAnnounce();
  const labelId = useId();

  const language = i18n.language;
  const citation = vancouverCitation({
    authors: [article.author.citationName],
    place: article.author.place,
    publisher,
    year: dayOf(article.dates.lastUpdated).getUTCFullYear(),
    title: text('title'),
    originalTitle: language === sourceLanguage ? undefined : article.translations[sourceLanguage]?.title,
    updated: dayOf(article.dates.lastUpdated),
    cited: new Date(`${citedOn}T00:00:00Z`),
    url: absoluteUrl(articlePath(language, article)),
    shortMonth: (day) => formatDay(languages, language, 'shortMonth', day),
    labels: {
      internet: t('citeThisPage.internet'),
      updated: t('citeThisPage.updated'),
      cited: t('citeThisPage.cited'),
      availableFrom: t('citeThisPage.availableFrom'),
      translationOf: t('citeThisPage.translationOf'),
    },
  });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citation);
      announce(t('citeThisPage.copied'));
    } catch {
      // The citation is on screen to select by hand; saying nothing beats a false "copied".
    }
  };

  return (
    <aside className={styles.cite} aria-labelledby={labelId}>
      <p id={labelId} className={styles.label}>
        {t('citeThisPage.title')}
      </p>
      <p className={styles.citation}>{citation}</p>
      <button type="button" className={styles.copy} onClick={() => void copy()}>
        {t('citeThisPage.copy')}
      </button>
    </aside>
  );
}
