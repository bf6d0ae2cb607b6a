/** The element a fragment ("#ref-2", "#meer-informatie") names, if the page has it. */
export function elementOfHash(hash: string): HTMLElement | null {
  if (hash.length <= 1) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    // A malformed fragment (bad percent-encoding) is ignored like an unknown one.
    return null;
  }
}
