import { stickyHeaderBottom } from '@/layout/stickyHeaderBottom';

/**
 * The reference-list entries with these ids, if every one of them is entirely on screen (below a
 * sticky header); otherwise null.
 */
export function entriesInView(ids: readonly string[]): HTMLElement[] | null {
  const top = stickyHeaderBottom();
  const entries = ids.map((id) => document.getElementById(id));
  const allVisible = entries.every((entry) => {
    if (!entry) return false;
    const box = entry.getBoundingClientRect();
    return box.height > 0 && box.top >= top && box.bottom <= window.innerHeight;
  });
  return allVisible ? (entries as HTMLElement[]) : null;
}
