import { useArticle } from '@/collection/ArticleContext';
import { figurePath } from '@/collection/figurePath';
import { useArticleText } from '@/collection/useArticleText';
import styles from './Figure.module.css';

export interface FigureProps {
  /** The drawing's file in the article's content folder. */
  image: string;
  altKey: string;
  captionKey: string;
}

/** A drawing from the article's content folder, with its caption. */
export function Figure({ image, altKey, captionKey }: FigureProps) {
  const { id } = useArticle();
  const text = useArticleText();
  return (
    <figure className={styles.figure}>
      {/* Lazy: below the first screen on every page, and the text must not wait for it. */}
      <img className={styles.drawing} src={figurePath(id, image)} alt={text(altKey)} loading="lazy" decoding="async" />
      <figcaption className={styles.caption}>{text(captionKey)}</figcaption>
    </figure>
  );
}
