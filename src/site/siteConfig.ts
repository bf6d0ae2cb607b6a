/** Every address outside this app, in one place. */
export const externalLinks = {
  thuisarts: 'https://www.thuisarts.nl/',
  experimentalTreatments: 'https://www.als-centrum.nl/kennisplatform/',
  // The original article carries ALS Centrum Nederland's own feedback route.
  feedback: 'https://www.als-centrum.nl/kennisplatform/vitamine-b12-en-als/',
} as const;

export type ExternalLinkName = keyof typeof externalLinks;

/** What a Vancouver-style citation of the article names, beyond its title and date. */
export const articleCitation = {
  authors: ['Tazelaar G'],
  place: 'Utrecht',
  publisher: 'ALS Centrum Nederland',
  year: 2023,
} as const;
