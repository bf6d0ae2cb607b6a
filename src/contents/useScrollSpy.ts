import { useEffect } from 'react';
import type { Article } from '@/collection/article';
import { findActiveSection } from './findActiveSection';

/** A heading counts as read once it is in the top third of the screen. */
const readingLineRatio = 0.33;

function measure(sectionIds: readonly string[]): string | null {
  const headings = sectionIds.flatMap((id) => {
    const heading = document.querySelector(`[data-section="${id}"] h2`);
    return heading ? [{ id, top: heading.getBoundingClientRect().top }] : [];
  });
  const root = document.documentElement;
  const atPageBottom = window.scrollY > 0 && window.scrollY + window.innerHeight >= root.scrollHeight - 2;
  return findActiveSection(headings, window.innerHeight * readingLineRatio, atPageBottom);
}

/** Reports the section in view as the reader scrolls, at most once per frame. */
export function useScrollSpy(article: Article, onChange: (section: string | null) => void): void {
  useEffect(() => {
    const sectionIds = article.sections.map((section) => section.id);
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => onChange(measure(sectionIds)));
    };
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [article, onChange]);
}
