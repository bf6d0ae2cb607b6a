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
   * The page is a section's address, which opens at that section: the browser may hold its first
   * paint until the script that scrolls there has run (see src/article/openAtSection.ts).
   */
  opensAtSection?: boolean;
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
