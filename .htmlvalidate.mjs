// HTML validity of every prerendered page (npm run validate:html).
export default {
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    // Every file is our own, from our own host; integrity hashes guard files from other hosts.
    'require-sri': ['error', { target: 'crossorigin' }],
    // The contents come before the article in reading order, so keyboard users reach them first, and
    // their heading is an h2 under the article's h1 in rank, not in position.
    'heading-level': ['error', { minInitialRank: 'h2' }],
  },
};
