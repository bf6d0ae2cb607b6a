import type { Article } from '@/collection/article';

/**
 * Every address of the site, and every former or alternative form of one, in one place: the app
 * routes by it, the prerenderer writes a page for each address, and the server redirects by it.
 *
 *   /<language>/                               the collection in that language
 *   /<language>/<article-slug>/                an article
 *   /<language>/<article-slug>/<section-slug>  one section of it
 */

/** What addresses need of an article: its id and what each language calls it and its sections. */
export type ArticleEntry = Pick<Article, 'id' | 'translations' | 'formerAddresses'>;

export function collectionPath(language: string): string {
  return `/${language}/`;
}

/** The article's address in a language that has it, or of one of its sections. */
export function articlePath(language: string, article: ArticleEntry, sectionId?: string | null): string {
  const translation = article.translations[language];
  if (!translation) return collectionPath(language);
  const sectionSlug = sectionId ? translation.sections[sectionId] : undefined;
  return sectionSlug ? `/${language}/${translation.slug}/${sectionSlug}` : `/${language}/${translation.slug}/`;
}

/** The article a language's start leads straight to, while the language has just the one. */
export function onlyArticleIn<Entry extends ArticleEntry>(articles: readonly Entry[], language: string): Entry | undefined {
  const here = articles.filter((article) => article.translations[language]);
  return here.length === 1 ? here[0] : undefined;
}

export type ResolvedAddress<Entry extends ArticleEntry> =
  | { kind: 'article'; article: Entry; section: string | null; canonicalPath: string }
  /** The article exists, but not in this language. */
  | { kind: 'untranslated'; article: Entry }
  | { kind: 'notFound' };

function sectionBySlug(article: ArticleEntry, slug: string): string | undefined {
  for (const translation of Object.values(article.translations)) {
    const found = Object.entries(translation.sections).find(([, sectionSlug]) => sectionSlug === slug);
    if (found) return found[0];
  }
  return undefined;
}

/** The article a slug names in any language: links keep working across the language prefix. */
function articleBySlug<Entry extends ArticleEntry>(articles: readonly Entry[], language: string, slug: string): Entry | undefined {
  const own = articles.find((article) => article.translations[language]?.slug === slug);
  return own ?? articles.find((article) => Object.values(article.translations).some((translation) => translation.slug === slug));
}

/** The article the site once kept at /<language>/ alone, whose section addresses were /<language>/<slug>. */
function formerSingleArticle<Entry extends ArticleEntry>(articles: readonly Entry[]): Entry | undefined {
  return articles.find((article) => article.formerAddresses === 'sectionsAtLanguageRoot');
}

/**
 * What /<language>/<first>/<second> shows, by any slug in any language. `articles` may be only the
 * articles known so far: an address it cannot place is then not found among them.
 */
export function resolveArticleAddress<Entry extends ArticleEntry>(
  articles: readonly Entry[],
  language: string,
  first: string,
  second?: string,
): ResolvedAddress<Entry> {
  let article = articleBySlug(articles, language, first);
  let sectionSlug = second;
  if (!article && second === undefined) {
    // A section address from before the site held several articles.
    const former = formerSingleArticle(articles);
    if (former && sectionBySlug(former, first)) [article, sectionSlug] = [former, first];
  }
  if (!article) return { kind: 'notFound' };
  if (!article.translations[language]) return { kind: 'untranslated', article };
  const section = sectionSlug === undefined ? null : sectionBySlug(article, sectionSlug);
  if (section === undefined) return { kind: 'notFound' };
  return { kind: 'article', article, section, canonicalPath: articlePath(language, article, section) };
}

export interface Redirect {
  from: string;
  to: string;
  /** 301 for an address that has moved for good; 302 for one that depends on the collection. */
  status: 301 | 302;
  /**
   * Whether a plain static host gets a forwarding page for it: a former address, or a link of one
   * language opened under another's prefix. Mixtures of two languages' slugs in one address are
   * redirected by servers that follow the rules, and would only multiply the pages.
   */
  forwardingPage: boolean;
}

/**
 * Every address that leads on to another: former addresses, slugs of another language, and a
 * language's start while it holds a single article. Each `from` is in its canonical form
 * (src/routing/canonicalPath.js), as the server compares it after normalising the request.
 */
export function redirects(articles: readonly ArticleEntry[], languages: readonly string[]): Redirect[] {
  const found = new Map<string, Redirect>();
  const pages = new Set<string>();
  for (const article of articles) {
    for (const language of Object.keys(article.translations)) {
      pages.add(articlePath(language, article));
      for (const section of Object.keys(article.translations[language]?.sections ?? {})) {
        pages.add(articlePath(language, article, section));
      }
    }
  }
  const add = (from: string, to: string, status: 301 | 302, forwardingPage: boolean) => {
    if (pages.has(from)) return;
    const known = found.get(from);
    if (!known) found.set(from, { from, to, status, forwardingPage });
    else if (forwardingPage) known.forwardingPage = true;
  };
  for (const language of languages) {
    const only = onlyArticleIn(articles, language);
    if (only) add(collectionPath(language), articlePath(language, only), 302, true);
    const here = articles.filter((article) => article.translations[language]);
    for (const article of here) {
      const translations = Object.values(article.translations);
      for (const translation of translations) add(`/${language}/${translation.slug}/`, articlePath(language, article), 301, true);
      for (const section of Object.keys(article.translations[language]?.sections ?? {})) {
        const to = articlePath(language, article, section);
        for (const slugs of translations) {
          const sectionSlug = slugs.sections[section];
          if (!sectionSlug) continue;
          for (const articleSlugs of translations) {
            add(`/${language}/${articleSlugs.slug}/${sectionSlug}`, to, 301, articleSlugs === slugs);
          }
          if (article.formerAddresses === 'sectionsAtLanguageRoot') add(`/${language}/${sectionSlug}/`, to, 301, true);
        }
      }
    }
  }
  return [...found.values()];
}
