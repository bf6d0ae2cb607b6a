import { createContext, useContext, type ReactNode } from 'react';

// Prerendered pages are built on one day and read long after. What the HTML says about that day (is a
// review overdue?) must be what the browser renders while it hydrates, before it judges for itself.
const BuildDayContext = createContext<string | undefined>(undefined);

export function BuildDayProvider({ day, children }: { day: string | undefined; children: ReactNode }) {
  return <BuildDayContext.Provider value={day}>{children}</BuildDayContext.Provider>;
}

/** The day (YYYY-MM-DD) the prerendered page was built, if it was. */
export function useBuildDay(): string | undefined {
  return useContext(BuildDayContext);
}
