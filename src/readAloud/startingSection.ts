import { stickyHeaderBottom } from '@/layout/stickyHeaderBottom';

/** A part counts as on screen when this much of it shows, or all of it does. */
const enoughShowing = 120;

/**
 * Where reading starts when the reader presses "Listen": the first part of the article the screen
 * shows (after a jump to a section, the section in the address). null is the beginning: the title,
 * lead and introduction, above the first section.
 */
export function startingSection(article: Element): string | null {
  const top = stickyHeaderBottom();
  const bottom = window.innerHeight;
  const showing = (from: number, to: number) => {
    const visible = Math.min(to, bottom) - Math.max(from, top);
    return visible >= Math.min(enoughShowing, to - from) && visible > 0;
  };
  const sections = [...article.querySelectorAll<HTMLElement>('section[data-section]')];
  const articleTop = article.getBoundingClientRect().top;
  const firstSectionTop = sections[0]?.getBoundingClientRect().top ?? article.getBoundingClientRect().bottom;
  if (showing(articleTop, firstSectionTop)) return null;
  for (const section of sections) {
    const box = section.getBoundingClientRect();
    if (showing(box.top, box.bottom)) return section.dataset.section ?? null;
  }
  return null;
}
