// i18next-cli: `status` (how complete each language is) and `lint` (text hard-coded in JSX instead of
// going through t()). Never `extract` or `sync`: they rewrite translators' files and re-sort keys.
import { readdirSync, statSync } from 'node:fs';

const locales = readdirSync('locales').filter((entry) => statSync(`locales/${entry}`).isDirectory());

export default {
  locales: ['nl', ...locales.filter((language) => language !== 'nl')],
  extract: {
    input: ['src/**/*.{ts,tsx}'],
    output: 'locales/{{language}}/{{namespace}}.json',
    primaryLanguage: 'nl',
    defaultNS: 'ui',
    removeUnusedKeys: false,
    sort: false,
  },
  lint: {
    // Addresses, CSS classes, ids and the like are not prose.
    ignoredAttributes: ['className', 'href', 'to', 'id', 'lang', 'hrefLang', 'rel', 'target', 'type', 'viewBox', 'd', 'data-section'],
  },
};
