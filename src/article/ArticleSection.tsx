import { useTranslation } from 'react-i18next';
import { useArticle } from '@/collection/ArticleContext';
import { sectionHeadingId, textKey, type Section } from '@/collection/article';
import { useArticleText } from '@/collection/useArticleText';
import { articlePath } from '@/routing/addresses';
import { CopyLinkButton } from '@/share/CopyLinkButton';
import { ListenFromHere } from '@/readAloud/ListenFromHere';
import { Blocks } from './Blocks';
import { OutdatedTranslationNote } from './OutdatedTranslation';
import { openAtSectionScript, openAtSectionScriptId } from './openAtSection';
import { useOutdated } from './useTranslationStatus';
import styles from './Article.module.css';

export interface ArticleSectionProps {
  section: Section;
  /** The page's address is this section's: it opens here. */
  addressed: boolean;
}

export function ArticleSection({ section, addressed }: ArticleSectionProps) {
  const { t, i18n } = useTranslation();
  const article = useArticle();
  const text = useArticleText();
  const headingId = sectionHeadingId(article, i18n.language, section.id);
  const heading = text(textKey(section.id, 'heading'));
  const headingOutdated = useOutdated([textKey(section.id, 'heading')]);
  return (
    <>
      <section className={styles.section} aria-labelledby={headingId} data-section={section.id}>
        <div className={styles.headingRow}>
          {/* tabIndex -1: a section address moves focus here, so screen readers start reading at it. */}
          <h2 id={headingId} className={styles.sectionHeading} tabIndex={-1}>
            {heading}
          </h2>
          <ListenFromHere section={section.id} heading={heading} />
          <CopyLinkButton
            path={articlePath(i18n.language, article, section.id)}
            label={t('sharing.copySectionLink', { section: heading })}
          />
        </div>
        {headingOutdated ? <OutdatedTranslationNote sectionId={section.id} /> : null}
        <Blocks sectionId={section.id} blocks={section.blocks} />
      </section>
      {addressed ? <script id={openAtSectionScriptId} dangerouslySetInnerHTML={{ __html: openAtSectionScript }} /> : null}
    </>
  );
}
