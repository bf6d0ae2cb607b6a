import { createContext, useContext, useState, type ReactNode } from 'react';

/** undefined until the reader's scroll position has been measured; null while above the first section. */
type MeasuredSection = string | null | undefined;

const MeasuredSectionContext = createContext<MeasuredSection>(undefined);
const RouteSectionContext = createContext<string | null>(null);
// Apart from the value, so that the article, which only reports the section, does not re-render
// whenever the reader scrolls into another one.
const SetMeasuredSectionContext = createContext<(section: string | null) => void>(() => {});

export interface ActiveSectionProviderProps {
  /** The section in the address, if any. */
  routeSection: string | null;
  children: ReactNode;
}

export function ActiveSectionProvider({ routeSection, children }: ActiveSectionProviderProps) {
  const [measuredSection, setMeasuredSection] = useState<MeasuredSection>(undefined);
  return (
    <RouteSectionContext.Provider value={routeSection}>
      <SetMeasuredSectionContext.Provider value={setMeasuredSection}>
        <MeasuredSectionContext.Provider value={measuredSection}>{children}</MeasuredSectionContext.Provider>
      </SetMeasuredSectionContext.Provider>
    </RouteSectionContext.Provider>
  );
}

/**
 * The section being read, shared by the contents (aria-current) and the language switch (which keeps
 * it). Before anything is measured, as in the prerendered page, it is the section in the address.
 */
export function useCurrentSection(): string | null {
  const measuredSection = useContext(MeasuredSectionContext);
  const routeSection = useContext(RouteSectionContext);
  return measuredSection === undefined ? routeSection : measuredSection;
}

export function useSetMeasuredSection(): (section: string | null) => void {
  return useContext(SetMeasuredSectionContext);
}
