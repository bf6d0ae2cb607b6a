import { preferredLanguage } from './preferredLanguage';

/**
 * The language the browser starts in. A path under a language is that language. Any other page was
 * served in the language on its <html lang> (the server picked it for a not-found page), and
 * starting in that same language is what lets React hydrate the page without a mismatch.
 */
export function initialLanguage(pathname: string, documentLanguage: string, codes: readonly string[]): string {
  const firstSegment = pathname.split('/')[1] ?? '';
  if (codes.includes(firstSegment)) return firstSegment;
  if (codes.includes(documentLanguage)) return documentLanguage;
  return preferredLanguage(codes);
}
