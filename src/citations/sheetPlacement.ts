export interface Span {
  top: number;
  bottom: number;
}

/**
 * How far to scroll the page so that the citation sits in the free space between the sticky header
 * and the sheet: 0 while it already does, else enough to bring it to the middle of that space, so the
 * words before and after it show too.
 */
export function scrollToKeepAbove(citation: Span, freeSpace: Span, margin: number): number {
  const clear = citation.top >= freeSpace.top + margin && citation.bottom <= freeSpace.bottom - margin;
  if (clear) return 0;
  return (citation.top + citation.bottom) / 2 - (freeSpace.top + freeSpace.bottom) / 2;
}
