import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useArticle } from '@/collection/ArticleContext';
import { endReading, requestReading, setAvailability, useReadingRequest } from './readingRequest';
import { startingSection } from './startingSection';
import { useVoices } from './useVoices';
import { SpeakerIcon } from './SpeakerIcon';
import styles from './ListenButton.module.css';

// The player is not needed for the first paint: it arrives when a reader first reaches for it.
const loadPlayer = () => import('./ReadAloudPlayer');
const ReadAloudPlayer = lazy(loadPlayer);

/**
 * "Listen", near the article's title: starts reading at the section in the address, else at the part
 * of the article on screen, and holds the player while it reads. Where the browser has no voice for the
 * page's language it says so instead, rather than reading with a voice of another language.
 */
export function ListenButton() {
  const { t, i18n } = useTranslation();
  const locale = t('language.formattingLocale');
  const { status } = useVoices(locale);
  const request = useReadingRequest();
  const { pathname } = useLocation();
  const article = useArticle();
  const sectionSlugs = article.translations[i18n.language]?.sections ?? {};
  // The section in the address, which a shared link or the contents led the reader to.
  const sectionInAddress = Object.keys(sectionSlugs).find((id) => pathname.endsWith(`/${sectionSlugs[id]}`)) ?? null;
  // Refs, not state set from ref callbacks: state set while React commits the page it has just
  // hydrated re-renders at once, in the same long task.
  const articleElement = useRef<HTMLElement | null>(null);
  const button = useRef<HTMLButtonElement | null>(null);
  const findArticle = (row: HTMLDivElement | null) => {
    articleElement.current = row?.closest('article') ?? null;
  };

  useEffect(() => setAvailability(status), [status]);
  // Another address or language is another page: whatever was being read stops.
  useEffect(() => endReading, [pathname, i18n.language]);

  if (status === 'none') {
    return (
      <div ref={findArticle} className={styles.row}>
        <p className={styles.unavailable}>{t('readAloud.unavailable')}</p>
      </div>
    );
  }
  // Until the browser lists its voices (seconds, in Chrome on Linux) there is no button to offer: one
  // that turned into the notice above would take a keyboard reader's focus with it.
  if (status === 'unknown') return <div ref={findArticle} className={styles.row} />;
  return (
    <div ref={findArticle} className={styles.row}>
      <button
        ref={button}
        type="button"
        className={styles.listen}
        aria-pressed={request !== null}
        onClick={() => {
          if (request) endReading();
          else requestReading(sectionInAddress ?? (articleElement.current ? startingSection(articleElement.current) : null));
        }}
        onFocus={() => void loadPlayer()}
        onPointerEnter={() => void loadPlayer()}
      >
        <SpeakerIcon />
        {t('readAloud.listen')}
      </button>
      {request ? (
        <Suspense fallback={null}>
          {/* A new request (another section's "listen from here") starts a player of its own. */}
          <ReadAloudPlayer key={request.id} request={request} article={articleElement} fallbackFocus={button} />
        </Suspense>
      ) : null}
    </div>
  );
}
