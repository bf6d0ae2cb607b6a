import type { MedicalWebPage, ScholarlyArticle, WithContext } from 'schema-dts';
import type { Article, Reference } from '@/collection/article';

/** What the structured data of one article page says, gathered by the prerenderer. */
export interface ArticlePageFacts {
  /** The page's absolute canonical address. */
  url: string;
  language: string;
  /** The page's own title (a section's page names the section). */
  name: string;
  description: string;
  /** The article's title. */
  headline: string;
  article: Pick<Article, 'dates' | 'references'>;
  author: { name: string; jobTitle?: string; affiliation?: string };
  publisher: { name: string; url: string };
  /** What every article of the collection is about, in the page's language. */
  condition: { name: string; alternateName: string };
  /** The original the page translates, for a translation. */
  translationOf?: { url: string; language: string; headline: string };
}

function scholarlyArticle(reference: Reference): ScholarlyArticle {
  const doiUrl = reference.doi ? `https://doi.org/${reference.doi}` : undefined;
  const pubmedUrl = reference.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/` : undefined;
  const sameAs = [doiUrl, pubmedUrl].filter((url): url is string => url !== undefined);
  return {
    '@type': 'ScholarlyArticle',
    name: reference.title,
    headline: reference.title,
    author: reference.authors.map((name) => ({ '@type': 'Person', name })),
    datePublished: String(reference.year),
    isPartOf: { '@type': 'Periodical', name: reference.journal },
    ...(reference.articleLanguage ? { inLanguage: reference.articleLanguage } : {}),
    identifier: [
      ...(reference.doi ? [{ '@type': 'PropertyValue' as const, propertyID: 'DOI', value: reference.doi }] : []),
      ...(reference.pmid ? [{ '@type': 'PropertyValue' as const, propertyID: 'PMID', value: reference.pmid }] : []),
      ...(reference.pmcid ? [{ '@type': 'PropertyValue' as const, propertyID: 'PMCID', value: reference.pmcid }] : []),
    ],
    ...(doiUrl ?? pubmedUrl ? { url: doiUrl ?? pubmedUrl } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}

/**
 * The schema.org description of an article page, for search engines: what it is, how current, by
 * whom, about what, resting on which sources, and for a translation, of what.
 */
export function articleStructuredData(facts: ArticlePageFacts): WithContext<MedicalWebPage> {
  const { article, author, publisher, condition, translationOf } = facts;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': facts.url,
    url: facts.url,
    name: facts.name,
    headline: facts.headline,
    description: facts.description,
    inLanguage: facts.language,
    dateModified: article.dates.lastUpdated,
    lastReviewed: article.dates.lastReviewed,
    audience: { '@type': 'Patient' },
    author: {
      '@type': 'Person',
      name: author.name,
      ...(author.jobTitle ? { jobTitle: author.jobTitle } : {}),
      ...(author.affiliation ? { affiliation: { '@type': 'Organization', name: author.affiliation } } : {}),
    },
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    about: { '@type': 'MedicalCondition', name: condition.name, alternateName: condition.alternateName },
    citation: article.references.map(scholarlyArticle),
    ...(translationOf
      ? {
          translationOfWork: {
            '@type': 'MedicalWebPage',
            '@id': translationOf.url,
            url: translationOf.url,
            inLanguage: translationOf.language,
            headline: translationOf.headline,
          },
        }
      : {}),
  };
}

/** As a <script> data block: "<" escaped, so no text in it can close the element. */
export function structuredDataElement(data: object): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
