/** Who publishes every article of the collection, as a citation names it. */
export const publisher = 'ALS Centrum Nederland';

/** The publisher's own site. */
export const publisherUrl = 'https://www.als-centrum.nl/';
