import type { ParseKeys } from 'i18next';
import type { ExternalLinkName } from '@/site/siteConfig';

/** Language-neutral section ids; slugs and headings come from each language's article.json. */
export const sectionIds = ['deficiency', 'alsAndB12', 'injections', 'moreInformation', 'references'] as const;
export type SectionId = (typeof sectionIds)[number];

export type ArticleKey = ParseKeys<'article'>;

/** The building blocks of a section, in reading order. */
export type Block =
  | { kind: 'paragraph'; key: ArticleKey; link?: ExternalLinkName }
  | { kind: 'figure'; altKey: ArticleKey; captionKey: ArticleKey }
  | { kind: 'keyMessage'; key: ArticleKey }
  | { kind: 'referenceList' };

export const sectionBlocks: Record<SectionId, readonly Block[]> = {
  deficiency: [
    { kind: 'paragraph', key: 'sections.deficiency.causes', link: 'thuisarts' },
    {
      kind: 'figure',
      altKey: 'sections.deficiency.figureAlt',
      captionKey: 'sections.deficiency.figureCaption',
    },
    { kind: 'paragraph', key: 'sections.deficiency.symptoms' },
  ],
  alsAndB12: [{ kind: 'paragraph', key: 'sections.alsAndB12.evidence' }],
  injections: [
    { kind: 'paragraph', key: 'sections.injections.studies' },
    { kind: 'keyMessage', key: 'sections.injections.keyMessage' },
  ],
  moreInformation: [
    { kind: 'paragraph', key: 'sections.moreInformation.project' },
    { kind: 'paragraph', key: 'sections.moreInformation.overview', link: 'experimentalTreatments' },
  ],
  references: [{ kind: 'referenceList' }],
};

/** The date the article's text was last revised; shown formatted per language. */
export const lastUpdated = new Date(Date.UTC(2023, 0, 12));
