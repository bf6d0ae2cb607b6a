import { Citation } from '@/citations/Citation';
import { citationPlaceId } from '@/citations/citationPlaces';
import { useArticle } from '@/collection/ArticleContext';
import { useArticleText } from '@/collection/useArticleText';
import { RichText } from '@/i18n/RichText';
import { ExternalLink } from '@/site/ExternalLink';

export interface ArticleTextProps {
  textKey: string;
  /** The name, in the article's links, of the address its <link> leads to. */
  link?: string;
}

/** A paragraph's text, with its citations and its one external link. */
export function ArticleText({ textKey, link }: ArticleTextProps) {
  const { links } = useArticle();
  const text = useArticleText();
  const href = link ? links[link] : undefined;
  return (
    <RichText
      text={text(textKey)}
      tags={{
        cite: (occurrence) => <Citation placeId={citationPlaceId(textKey, occurrence)} />,
        ...(href ? { link: <ExternalLink href={href} /> } : {}),
      }}
    />
  );
}
