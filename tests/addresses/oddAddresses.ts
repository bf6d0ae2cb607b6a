// Kept apart from any one browser suite, since Chromium's, Firefox's and WebKit's suites share it.

// Set by any of the payloads below, should one ever run.
const injected = `window.__injected=1`;

/**
 * Addresses people type, paste, or are sent, that the site must answer with a usable page: the
 * article, or a not-found page that leads to it. Every browser suite opens each of them.
 */
export const oddAddresses: [kind: string, address: string][] = [
  ['an unknown language', '/de/'],
  ['an unknown language with a section', '/fr/als-en-vitamine-b12'],
  ['upper case', '/NL/'],
  ['upper case in a section', '/en/More-Information'],
  ['double slashes', '/nl//meer-informatie'],
  ['a doubled final slash', '/nl//'],
  ['slashes doubled everywhere', '/nl///als-en-vitamine-b12//'],
  ['no slash after the language', '/nl'],
  ['a trailing slash on a section', '/en/more-information/'],
  ['capitals and a trailing slash', '/NL/Meer-Informatie/'],
  ['an encoded double slash', '/%2F%2Fnl/'],
  ['bad percent-encoding', '/nl/%E0%A4%A'],
  ['a lone percent sign', '/nl/100%'],
  ['a script tag in the path', `/nl/<script>${injected}</script>`],
  ['a script tag in the query', `/nl/?q=<script>${injected}</script>`],
  ['markup in the fragment', `/nl/#<img src=x onerror="${injected}">`],
  ['a script URL in the fragment', `/nl/#javascript:${injected}`],
  ['show-keys with markup', `/en/?showKeys=<script>${injected}</script>`],
  ['a 3,000-character path', `/nl/${'a'.repeat(3000)}`],
  ['a source that does not exist', '/nl/#ref-999'],
  ['a section and a source that does not exist', '/en/references#ref-0'],
  ['path traversal', '/nl/../../../etc/passwd'],
  ['encoded path traversal', '/nl/%2e%2e/%2e%2e/package.json'],
  ['encoded traversal out of the assets', '/assets/..%2f..%2fpackage.json'],
  ['an index.html suffix', '/nl/index.html'],
  ['an index.html suffix on a section', '/en/more-information/index.html'],
  ['the root index.html', '/index.html'],
  ['an encoded plain letter', '/%6El/'],
  ['an empty fragment on a section', '/nl/meer-informatie#'],
  ['tracking parameters', '/nl/meer-informatie?utm_source=nieuwsbrief&utm_medium=email&fbclid=IwAR0abc&gclid=x'],
  ['an empty query and fragment', '/en/?#'],
  ['unicode in the path', '/nl/vitamine-b12-ünïcödé-😀'],
];
