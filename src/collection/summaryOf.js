// Plain JavaScript, so that the build writes the list of articles (scripts/collection/dataFiles.js)
// exactly as the app makes it from the articles it has.

/**
 * What the list of articles needs of one: no structure, no sources.
 * @template {{ id: string, translations: object, formerAddresses?: string, dates: { lastUpdated: string } }} A
 * @param {A} article
 * @returns {Pick<A, 'id' | 'translations' | 'formerAddresses'> & { dates: { lastUpdated: string } }}
 */
export function summaryOf({ id, translations, formerAddresses, dates }) {
  return { id, translations, ...(formerAddresses ? { formerAddresses } : {}), dates: { lastUpdated: dates.lastUpdated } };
}
