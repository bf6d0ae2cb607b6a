import { createContext, useContext, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import type { SectionId } from '@/article/articleModel';
import { findSectionBySlug } from '@/article/sectionSlugs';

/** undefined until the reader's scroll position has been measured; null while above the first section. */
type MeasuredSection = SectionId | null | undefined;

const MeasuredSectionContext = createContext<MeasuredSection>(undefined);
// Apart from the value, so that the article, which only reports the section, does not re-render
// whenever the reader scrolls into another one.
const SetMeasuredSectionContext = createContext<(section: SectionId | null) => void>(() => {});

export function ActiveSectionProvider({ children }: { children: ReactNode }) {
  const [measuredSection, setMeasuredSection] = useState<MeasuredSection>(undefined);
  return (
    <SetMeasuredSectionContext.Provider value={setMeasuredSection}>
      <MeasuredSectionContext.Provider value={measuredSection}>{children}</MeasuredSectionContext.Provider>
    </SetMeasuredSectionContext.Provider>
  );
}

/** The section in the address, if any. Read from the path, as the header sits above the section route. */
export function useRouteSection(): SectionId | null {
  const slug = useLocation().pathname.split('/')[2];
  return (slug && findSectionBySlug(slug)) || null;
}

/**
 * The section being read, shared by the contents (aria-current) and the language switch (which keeps
 * it). Before anything is measured, as in the prerendered page, it is the section in the address.
 */
export function useCurrentSection(): SectionId | null {
  const measuredSection = useContext(MeasuredSectionContext);
  const routeSection = useRouteSection();
  return measuredSection === undefined ? routeSection : measuredSection;
}

export function useSetMeasuredSection(): (section: SectionId | null) => void {
  return useContext(SetMeasuredSectionContext);
}
