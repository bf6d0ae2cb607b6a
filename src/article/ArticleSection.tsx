import { useTranslation } from 'react-i18next';
import { sectionSlug } from './sectionSlugs';
import { SectionBody } from './SectionBody';
import { sectionBlocks, type SectionId } from './articleModel';
import styles from './Article.module.css';

export function ArticleSection({ id }: { id: SectionId }) {
  const { t, i18n } = useTranslation('article');
  const headingId = sectionSlug(i18n.language, id);
  return (
    <section aria-labelledby={headingId} data-section={id}>
      {/* tabIndex -1: a section address moves focus here, so screen readers start reading at it. */}
      <h2 id={headingId} className={styles.sectionHeading} tabIndex={-1}>
        {t(`sections.${id}.heading`)}
      </h2>
      <SectionBody blocks={sectionBlocks[id]} />
    </section>
  );
}
