import type { Reference } from '@/collection/article';

export type ReferenceLinkKind = 'doi' | 'pubmed' | 'pmc' | 'pubmedSearch';

export interface ReferenceLink {
  kind: ReferenceLinkKind;
  href: string;
}

/**
 * Links to a source, built only from identifiers that were checked against PubMed or the publisher.
 * With none, a PubMed search for the exact title is the one link that cannot be wrong.
 */
export function referenceLinks(reference: Reference): ReferenceLink[] {
  const links: ReferenceLink[] = [];
  if (reference.doi) links.push({ kind: 'doi', href: `https://doi.org/${reference.doi}` });
  if (reference.pmid) links.push({ kind: 'pubmed', href: `https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/` });
  if (reference.pmcid) links.push({ kind: 'pmc', href: `https://pmc.ncbi.nlm.nih.gov/articles/${reference.pmcid}/` });
  if (links.length === 0) {
    const query = encodeURIComponent(`"${reference.title}"[Title]`);
    links.push({ kind: 'pubmedSearch', href: `https://pubmed.ncbi.nlm.nih.gov/?term=${query}` });
  }
  return links;
}
