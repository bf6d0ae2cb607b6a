export interface PageMeta {
  language: string;
  title: string;
  description: string;
  /** Only pages meant to be found and shared have addresses: not the not-found page. */
  addresses?: {
    canonical: string;
    /** The same page in every language that has it, by language code. */
    alternates: Record<string, string>;
  };
  /** The article the page shows, which the browser fetches before it takes the page over. */
  articleId?: string;
  /**
   * The id of an element the browser should have parsed before it paints the page at all (see
   * src/article/articleMeta.ts): on a slow connection the page arrives in pieces, and Chromium paints
   * what it has each time its parser pauses.
   */
  firstPaintAwaits?: string;
  /** The page stands in for any address while offline (see src/offline). */
  offline?: boolean;
}

/** Plain text of a translation: named tags dropped, citations with them. */
export function plainText(marked: string): string {
  return marked
    .replace(/\s*<cite>[^<]*<\/cite>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function firstSentence(text: string): string {
  const end = /[.?!](\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}
