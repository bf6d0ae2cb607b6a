export interface CitationLabels {
  internet: string;
  updated: string;
  cited: string;
  availableFrom: string;
  translationOf: string;
}

export interface VancouverSource {
  authors: readonly string[];
  title: string;
  /** For a translation: the title of the original it was translated from. */
  originalTitle?: string;
  place: string;
  publisher: string;
  year: number;
  updated: Date;
  cited: Date;
  url: string;
  /** The month abbreviated the way the language does it ("mrt", "Mar"; a closing full stop is dropped). */
  shortMonth: (day: Date) => string;
  labels: CitationLabels;
}

/** NLM's date order, "2023 Jan 12", with the month abbreviated the way the language does. */
export function nlmDate(date: Date, shortMonth: (day: Date) => string): string {
  const month = shortMonth(date).replace(/\.$/, '');
  return `${date.getUTCFullYear()} ${month} ${date.getUTCDate()}`;
}

/**
 * A web page cited in the Vancouver style (NLM's Citing Medicine), the style Dutch and British
 * clinicians use in letters:
 * Author. Title [Internet]. Place: Publisher; Year [updated …; cited …]. Available from: URL
 */
export function vancouverCitation(source: VancouverSource): string {
  const { labels } = source;
  const translation = source.originalTitle ? ` ${labels.translationOf}: ${source.originalTitle}.` : '';
  return (
    `${source.authors.join(', ')}. ${source.title} [${labels.internet}].${translation} ` +
    `${source.place}: ${source.publisher}; ${source.year} ` +
    `[${labels.updated} ${nlmDate(source.updated, source.shortMonth)}; ${labels.cited} ${nlmDate(source.cited, source.shortMonth)}]. ` +
    `${labels.availableFrom}: ${source.url}`
  );
}
