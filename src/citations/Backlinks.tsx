import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { textKey } from '@/collection/article';
import { useArticleText } from '@/collection/useArticleText';
import type { CitationPlace } from './citationPlaces';
import styles from './Backlinks.module.css';

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** Like Wikipedia's ↑ a b: one link back to each place the source is cited. */
export function Backlinks({ places }: { places: readonly CitationPlace[] }) {
  const { t } = useTranslation();
  const text = useArticleText();
  if (places.length === 0) return null;
  return (
    <span className={styles.backlinks}>
      {places.map((place, index) => {
        const section = text(textKey(place.section, 'heading'));
        const letter = places.length > 1 ? ` (${letters[index] ?? index + 1})` : '';
        return (
          <Link key={place.id} to={{ hash: `#${place.id}` }} className={styles.backlink}>
            <span aria-hidden="true">↑ </span>
            {t('citation.backToText', { section })}
            {letter}
          </Link>
        );
      })}
    </span>
  );
}
