// Plain JavaScript, so that the server (scripts/serve.js) and the browser apply the very same rules:
// the server answers every other form of an address with a 301 to this one, so the HTML it serves is
// always the HTML the browser then hydrates.

/** A file of the build ("/assets/app-Xy.js", "/sw.js"), whose name is case-sensitive and left alone. */
const fileName = /\/[^/]*\.[^/]*$/;

/**
 * The one form of a page's address:
 * - repeated slashes collapse ("/nl//x" is "/nl/x"), as browsers and most hosts treat them alike;
 * - an index.html suffix goes ("/nl/index.html" is "/nl/");
 * - capitals in a plain address become lower case ("/EN/More-Information"), since every slug is;
 * - a language's start and an article's end with a slash ("/nl/", "/nl/<article>/"), and a
 *   section's address does not ("/nl/<article>/<section>"), as src/routing/addresses.ts writes them.
 * An address with characters beyond plain letters, digits and hyphens keeps its case: lower-casing
 * its escapes ("%C3%BC") would only make another form of the same address.
 * @param {string} pathname
 * @returns {string}
 */
export function canonicalPath(pathname) {
  let path = pathname.replace(/\/{2,}/g, '/').replace(/\/index\.html$/, '/');
  if (fileName.test(path)) return path;
  if (/^[/A-Za-z0-9-]+$/.test(path)) path = path.toLowerCase();
  const depth = path.split('/').filter(Boolean).length;
  if (depth > 0 && depth <= 2 && !path.endsWith('/')) return `${path}/`;
  if (depth > 2 && path.endsWith('/')) return path.slice(0, -1);
  return path;
}

/**
 * The address to 301 to instead of `pathname`, or undefined when it is canonical already. Files and
 * addresses that cannot be decoded are answered as they are (a not-found page, at that address).
 * @param {string} pathname
 * @returns {string | undefined}
 */
export function redirectFor(pathname) {
  if (!isDecodable(pathname)) return undefined;
  const canonical = canonicalPath(pathname);
  return canonical === pathname ? undefined : canonical;
}

/**
 * The address the browser's router should route. The server has already sent every other form of it
 * on to its canonical address, but a plain static host serves "/nl/index.html" or "/nl//" as they
 * stand. A path that cannot be decoded is taken literally (its stray "%" escaped), which is a
 * not-found page, as the host served it; the router would otherwise throw while decoding it.
 * @param {string} pathname
 * @returns {string}
 */
export function routablePath(pathname) {
  return isDecodable(pathname) ? canonicalPath(pathname) : pathname.replace(/%/g, '%25');
}

/**
 * Whether every segment decodes, as the router decodes each with decodeURIComponent.
 * @param {string} path
 */
function isDecodable(path) {
  try {
    // The result is used, so that no minifier drops the call as free of effects; throwing is its effect.
    return decodeURIComponent(path).length >= 0;
  } catch {
    return false;
  }
}
