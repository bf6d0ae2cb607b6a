import { useArticleText } from '@/collection/useArticleText';
import styles from './Figure.module.css';

export interface FigureProps {
  /** The drawing: a data: address, or its address on the site (scripts/collection/figureSources.js). */
  src: string;
  altKey: string;
  captionKey: string;
}

/** A drawing from the article's content folder, with its caption. */
export function Figure({ src, altKey, captionKey }: FigureProps) {
  const text = useArticleText();
  return (
    <figure className={styles.figure}>
      {/* Lazy: below the first screen on every page, and the text must not wait for it. */}
      <img className={styles.drawing} src={src} alt={text(altKey)} loading="lazy" decoding="async" />
      <figcaption className={styles.caption}>{text(captionKey)}</figcaption>
    </figure>
  );
}
