import { useTranslation } from 'react-i18next';
import { articlePath } from '@/app/paths';
import { CopyLinkButton } from '@/share/CopyLinkButton';
import { sectionSlug } from './sectionSlugs';
import { SectionBody } from './SectionBody';
import { sectionBlocks, type SectionId } from './articleModel';
import styles from './Article.module.css';

export function ArticleSection({ id }: { id: SectionId }) {
  const { t, i18n } = useTranslation(['article', 'ui']);
  const headingId = sectionSlug(i18n.language, id);
  const heading = t(`sections.${id}.heading`);
  return (
    <section aria-labelledby={headingId} data-section={id}>
      <div className={styles.headingRow}>
        {/* tabIndex -1: a section address moves focus here, so screen readers start reading at it. */}
        <h2 id={headingId} className={styles.sectionHeading} tabIndex={-1}>
          {heading}
        </h2>
        <CopyLinkButton
          path={articlePath(i18n.language, id)}
          label={t('ui:sharing.copySectionLink', { section: heading })}
        />
      </div>
      <SectionBody blocks={sectionBlocks[id]} />
    </section>
  );
}
