import type { Reference } from '@/collection/article';

/** The named authors, without the "…" that stands for those the article leaves out. */
export function namedAuthors(reference: Reference): string[] {
  return reference.authors.filter((author) => author !== '…');
}

/** The first `shown` authors, then "et al." when there are more: "Kaji, R.; Imai, T. e.a.". */
export function byline(reference: Reference, shown: number, etAl: string): string {
  const authors = namedAuthors(reference);
  return authors.slice(0, shown).join('; ') + (authors.length > shown ? ` ${etAl}` : '');
}

/** Where in the journal: "70(3):222-225", or as much of it as is known. */
export function placeInJournal(reference: Reference): string {
  const issue = reference.issue ? `(${reference.issue})` : '';
  return [reference.volume ? `${reference.volume}${issue}` : '', reference.pages].filter(Boolean).join(':');
}
