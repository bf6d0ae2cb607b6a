/** Whether the router can decode every segment (it decodes each with decodeURIComponent). */
function isDecodable(path: string): boolean {
  try {
    // The result is used, so that no minifier drops the call as free of effects; throwing is its effect.
    return decodeURIComponent(path).length >= 0;
  } catch {
    return false;
  }
}

/**
 * The address the app should route, for forms of it that a static host answers with a page of its
 * own: "/nl/index.html" is the page at "/nl/", and a path that cannot be decoded is taken literally
 * (its stray "%" escaped), which is a not-found page, as the host served it. Routing these as they
 * stand would render something other than the served HTML.
 */
export function normalizedPath(pathname: string): string {
  const path = pathname.replace(/\/index\.html$/, '/');
  return isDecodable(path) ? path : path.replace(/%/g, '%25');
}
