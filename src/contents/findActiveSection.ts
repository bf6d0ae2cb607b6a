export interface HeadingPosition<Id> {
  id: Id;
  /** Distance from the top of the viewport, in CSS pixels. */
  top: number;
}

/**
 * The section being read: the last one whose heading has passed the reading line. At the very
 * bottom of the page the last section counts as read even if its heading never got that far up.
 */
export function findActiveSection<Id>(
  headings: readonly HeadingPosition<Id>[],
  readingLine: number,
  atPageBottom: boolean,
): Id | null {
  if (atPageBottom && headings.length > 0) return headings.at(-1)?.id ?? null;
  let active: Id | null = null;
  for (const heading of headings) {
    if (heading.top > readingLine) break;
    active = heading.id;
  }
  return active;
}
