import { Citation } from '@/citations/Citation';
import { citationPlaceId } from '@/citations/citationPlaces';
import { RichText } from '@/i18n/RichText';
import { ExternalLink } from '@/site/ExternalLink';
import { externalLinks, type ExternalLinkName } from '@/site/siteConfig';
import type { ArticleKey } from './articleModel';

export interface ArticleTextProps {
  textKey: ArticleKey;
  link?: ExternalLinkName;
}

/** A paragraph's text, with its citations and its one external link. */
export function ArticleText({ textKey, link }: ArticleTextProps) {
  return (
    <RichText
      ns="article"
      i18nKey={textKey}
      tags={{
        cite: (occurrence) => <Citation placeId={citationPlaceId(textKey, occurrence)} />,
        ...(link ? { link: <ExternalLink href={externalLinks[link]} /> } : {}),
      }}
    />
  );
}
