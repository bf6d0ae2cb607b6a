import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { PageMeta } from './pageMeta';

/** On the server, pages report their metadata here so the prerenderer can write it into <head>. */
export type ReportMeta = (meta: PageMeta, status: number) => void;

const ReportMetaContext = createContext<ReportMeta | null>(null);

export function ReportMetaProvider({ report, children }: { report: ReportMeta; children: ReactNode }) {
  return <ReportMetaContext.Provider value={report}>{children}</ReportMetaContext.Provider>;
}

function setMetaDescription(content: string) {
  let element = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!element) {
    element = document.createElement('meta');
    element.name = 'description';
    document.head.append(element);
  }
  if (element.content !== content) element.content = content;
}

/** Keeps <html lang>, the title and the description in step with the page being shown. */
export function useDocumentMeta(meta: PageMeta, status = 200): void {
  useContext(ReportMetaContext)?.(meta, status);
  const { language, title, description } = meta;
  useEffect(() => {
    // Even the same lang again makes the browser restyle the whole page: on a phone, a long pause
    // just as the prerendered page comes to life, which already has all three right.
    if (document.documentElement.lang !== language) document.documentElement.lang = language;
    if (document.title !== title) document.title = title;
    setMetaDescription(description);
  }, [language, title, description]);
}
