/**
 * sitemap.xml: every article and section address in every language, each with its alternates.
 * @param {{ canonical: string, alternates: Record<string, string> }[]} pages  addresses from the site root
 * @param {string} origin
 * @param {(text: string) => string} escapeHtml
 */
export function sitemap(pages, origin, escapeHtml) {
  const entries = pages.map(({ canonical, alternates }) => {
    const links = Object.entries(alternates).map(
      ([language, path]) => `    <xhtml:link rel="alternate" hreflang="${escapeHtml(language)}" href="${escapeHtml(origin + path)}"/>`,
    );
    return [`  <url>`, `    <loc>${escapeHtml(origin + canonical)}</loc>`, ...links, `  </url>`].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
