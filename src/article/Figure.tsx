import type { FigureSource } from '@/collection/article';
import { useArticleText } from '@/collection/useArticleText';
import styles from './Figure.module.css';

export interface FigureProps {
  source: FigureSource;
  altKey: string;
  captionKey: string;
}

/** A drawing from the article's content folder, with its caption. */
export function Figure({ source, altKey, captionKey }: FigureProps) {
  const text = useArticleText();
  return (
    <figure className={styles.figure}>
      {source.svg === undefined ? (
        // Lazy: below the first screen on every page, and the text must not wait for it.
        <img className={styles.drawing} src={source.src} alt={text(altKey)} loading="lazy" decoding="async" />
      ) : (
        // The build checked and cleaned this markup (scripts/collection/inlineDrawing.js); it hides
        // itself from assistive technology, so the figure's text alternative names it here.
        <div className={styles.drawing} role="img" aria-label={text(altKey)} dangerouslySetInnerHTML={{ __html: source.svg }} />
      )}
      <figcaption className={styles.caption}>{text(captionKey)}</figcaption>
    </figure>
  );
}
