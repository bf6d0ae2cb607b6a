import type { PageMeta } from '@/layout/pageMeta';

export interface SiteFacts {
  /** Where the site is served from, without a trailing slash: "https://example.org". */
  origin: string;
  sourceLanguage: string;
  /** Each language's name of the site, and its locale ("en-GB"), by language code. */
  siteNames: Record<string, string>;
  formattingLocales: Record<string, string>;
  /** The address of a page's share image, from the site root, if it has one. */
  imagePath?: (page: PageMeta) => string | undefined;
  /** What a page's share image shows, in words. */
  imageAlt?: (page: PageMeta) => string;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
}

/** Open Graph writes locales with an underscore: en_GB. */
function ogLocale(locale: string): string {
  return locale.replace('-', '_');
}

/**
 * The <head> of a prerendered page: title and description, and for shareable pages the canonical
 * address, every language's version, and what chat apps and social sites show as a preview.
 */
export function headTags(page: PageMeta, site: SiteFacts): string[] {
  const tags = [`<title>${escapeHtml(page.title)}</title>`, meta('name', 'description', page.description)];
  if (page.firstPaintAwaits) tags.push(`<link rel="expect" href="#${escapeHtml(page.firstPaintAwaits)}" blocking="render" />`);
  if (!page.addresses) return [...tags, meta('name', 'robots', 'noindex')];

  const absolute = (path: string) => `${site.origin}${path}`;
  const url = absolute(page.addresses.canonical);
  const siteName = site.siteNames[page.language] ?? '';
  const locale = site.formattingLocales[page.language] ?? page.language;
  tags.push(`<link rel="canonical" href="${escapeHtml(url)}" />`);
  for (const [language, path] of Object.entries(page.addresses.alternates)) {
    tags.push(`<link rel="alternate" hreflang="${escapeHtml(language)}" href="${escapeHtml(absolute(path))}" />`);
  }
  const sourcePath = page.addresses.alternates[site.sourceLanguage];
  if (sourcePath) tags.push(`<link rel="alternate" hreflang="x-default" href="${escapeHtml(absolute(sourcePath))}" />`);

  tags.push(
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', url),
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:locale', ogLocale(locale)),
  );
  for (const language of Object.keys(page.addresses.alternates)) {
    if (language !== page.language) {
      tags.push(meta('property', 'og:locale:alternate', ogLocale(site.formattingLocales[language] ?? language)));
    }
  }
  const image = site.imagePath?.(page);
  if (image) {
    tags.push(
      meta('property', 'og:image', absolute(image)),
      meta('property', 'og:image:type', 'image/png'),
      meta('property', 'og:image:width', '1200'),
      meta('property', 'og:image:height', '630'),
      meta('property', 'og:image:alt', site.imageAlt?.(page) ?? ''),
    );
  }
  tags.push(
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', page.description),
  );
  if (image) tags.push(meta('name', 'twitter:image', absolute(image)));
  return tags;
}
