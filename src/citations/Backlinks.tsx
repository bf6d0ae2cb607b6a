import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { textKey } from '@/collection/article';
import { useArticleText } from '@/collection/useArticleText';
import type { CitationPlace } from './citationPlaces';
import styles from './Backlinks.module.css';

const letters = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Like Wikipedia's "↑ a b": one short link back to each place the source is cited, so that they take
 * one line even at 320 px. Each link's name still says where it leads, for screen readers and voice
 * control, and a mouse shows it too.
 */
export function Backlinks({ places }: { places: readonly CitationPlace[] }) {
  const { t } = useTranslation();
  const text = useArticleText();
  if (places.length === 0) return null;
  const several = places.length > 1;
  const links = places.map((place, index) => {
    const section = text(textKey(place.section, 'heading'));
    const letter = letters[index] ?? String(index + 1);
    const name = `${t('citation.backToText', { section })}${several ? ` (${letter})` : ''}`;
    return (
      <Link key={place.id} to={{ hash: `#${place.id}` }} className={styles.backlink} title={name}>
        <span aria-hidden="true">{several ? letter : '↑'}</span>
        <span className="visually-hidden">{name}</span>
      </Link>
    );
  });
  if (!several) return <span className={styles.backlinks}>{links}</span>;
  const [first, ...others] = links;
  return (
    <span className={styles.backlinks}>
      {/* The arrow is never left alone at the end of a line. */}
      <span className={styles.together}>
        <span aria-hidden="true" className={styles.arrow}>
          ↑
        </span>
        {first}
      </span>
      {others}
    </span>
  );
}
