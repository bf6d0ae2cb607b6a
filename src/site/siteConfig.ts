/** Who publishes every article of the collection, as a citation names it. */
export const publisher = 'ALS Centrum Nederland';
