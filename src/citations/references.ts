import data from '../../content/vitamine-b12-en-als/references.json';

export interface Reference {
  n: number;
  asPrinted: string;
  authors: string[];
  year: number;
  title: string;
  journal: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  articleLanguage?: string;
  kind?: string;
}

export const references: readonly Reference[] = data.references;

export function referenceAnchor(n: number): string {
  return `ref-${n}`;
}
