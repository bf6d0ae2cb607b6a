import { createContext, useContext, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';

interface OpenCitationState {
  openPlace: string | null;
  setOpenPlace: (place: string | null) => void;
}

const OpenCitationContext = createContext<OpenCitationState>({ openPlace: null, setOpenPlace: () => {} });

/** Which citation's popover is open: one at a time, and none once the reader has moved elsewhere. */
export function OpenCitationProvider({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  const [opened, setOpened] = useState<{ place: string; atLocation: string } | null>(null);
  // Opened at this history entry only: any navigation closes it without an extra render.
  const openPlace = opened?.atLocation === key ? opened.place : null;
  const setOpenPlace = (place: string | null) => setOpened(place ? { place, atLocation: key } : null);
  return <OpenCitationContext.Provider value={{ openPlace, setOpenPlace }}>{children}</OpenCitationContext.Provider>;
}

export function useOpenCitation(): OpenCitationState {
  return useContext(OpenCitationContext);
}
