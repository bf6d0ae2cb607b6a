import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleKey } from './articleModel';
import styles from './InjectionFigure.module.css';

export interface InjectionFigureProps {
  altKey: ArticleKey;
  captionKey: ArticleKey;
}

/** Our own drawing of a syringe, standing in for the original's photo, which we have no rights to. */
export function InjectionFigure({ altKey, captionKey }: InjectionFigureProps) {
  const { t } = useTranslation('article');
  const titleId = useId();
  return (
    <figure className={styles.figure}>
      <svg className={styles.drawing} viewBox="0 0 320 140" role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t(altKey)}</title>
        <g fill="none" stroke="currentColor" strokeWidth="4" strokeLinejoin="round" strokeLinecap="round">
          <path d="M20 50h16v40H20z" />
          <path d="M36 70h44" />
          <path d="M80 44h150v52H80z" className={styles.barrel} />
          <path d="M110 44v14M140 44v14M170 44v14M200 44v14" />
          <path d="M230 58h20v24h-20" />
          <path d="M250 70h56" strokeWidth="3" />
        </g>
        <path d="M82 60h80v34H82z" className={styles.liquid} />
        <path d="M306 66c4 8 6 12 6 16a6 6 0 0 1-12 0c0-4 2-8 6-16z" className={styles.drop} />
      </svg>
      <figcaption className={styles.caption}>{t(captionKey)}</figcaption>
    </figure>
  );
}
