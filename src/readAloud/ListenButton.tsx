import { lazy, Suspense, useEffect, useState } from 'react';
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
 * of the article on screen, and holds the player while it reads. Where the browser has no voice for the page's language it says so
 * instead, rather than reading with a voice of another language.
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
  const [wrapper, setWrapper] = useState<HTMLDivElement | null>(null);
  const [button, setButton] = useState<HTMLButtonElement | null>(null);

  useEffect(() => setAvailability(status), [status]);
  // Another address or language is another page: whatever was being read stops.
  useEffect(() => endReading, [pathname, i18n.language]);

  const root = wrapper?.closest('article') ?? null;

  if (status === 'none') {
    return (
      <div ref={setWrapper} className={styles.row}>
        <p className={styles.unavailable}>{t('readAloud.unavailable')}</p>
      </div>
    );
  }
  return (
    <div ref={setWrapper} className={styles.row}>
      <button
        ref={setButton}
        type="button"
        className={styles.listen}
        aria-pressed={request !== null}
        onClick={() => {
          if (request) endReading();
          else requestReading(sectionInAddress ?? (root ? startingSection(root) : null));
        }}
        onFocus={() => void loadPlayer()}
        onPointerEnter={() => void loadPlayer()}
      >
        <SpeakerIcon />
        {t('readAloud.listen')}
      </button>
      {request && root ? (
        <Suspense fallback={null}>
          {/* A new request (another section's "listen from here") starts a player of its own. */}
          <ReadAloudPlayer key={request.id} request={request} article={root} fallbackFocus={button} />
        </Suspense>
      ) : null}
    </div>
  );
}
