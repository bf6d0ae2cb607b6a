import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import { App } from '@/app/App';
import { AppProviders } from '@/app/AppProviders';
import { headTags, type SiteFacts } from '@/app/headTags';
import { articleStructuredData, structuredDataElement } from '@/app/structuredData';
import type { CollectionData } from '@/collection/collectionData';
import { createStaticStore } from '@/collection/store';
import { createI18n } from '@/i18n/createI18n';
import { formattingLocale, isSupportedLanguage, languageCodes } from '@/i18n/languages';
import { ReportMetaProvider } from '@/layout/documentMeta';
import type { PageMeta } from '@/layout/pageMeta';
import { redirects, type Redirect } from '@/routing/addresses';
import { publisher, publisherUrl } from '@/site/siteConfig';

export { escapeHtml } from '@/app/headTags';
export { qrCodePath } from '@/routing/qrCodePath';
export { openAtSectionScript } from '@/article/openAtSection';
export type { Redirect };

export interface RenderedPage {
  html: string;
  meta: PageMeta;
  status: number;
}

/**
 * Renders the pages of one collection, with everything at hand, as they are on `buildDay`
 * (YYYY-MM-DD): whether a review is overdue, say.
 */
export function renderer(collection: CollectionData, buildDay: string) {
  const store = createStaticStore(collection.articles);
  const i18nIn = (language: string) => createI18n(language, { resources: collection.texts }).i18n;
  const codes = languageCodes(collection.languages);

  /**
   * Renders one address to HTML. A page outside any language (the root, a not-found page) is rendered
   * in `fallbackLanguage`.
   */
  function render(url: string, fallbackLanguage: string = collection.sourceLanguage): RenderedPage {
    const firstSegment = url.split('/')[1];
    const language = isSupportedLanguage(collection.languages, firstSegment) ? firstSegment : fallbackLanguage;
    let reported: { meta: PageMeta; status: number } | undefined;
    const html = renderToString(
      <AppProviders i18n={i18nIn(language)} languages={collection.languages} store={store} buildDay={buildDay}>
        <ReportMetaProvider report={(meta, status) => (reported = { meta, status })}>
          <StaticRouter location={url}>
            <App />
          </StaticRouter>
        </ReportMetaProvider>
      </AppProviders>,
    );
    if (!reported) throw new Error(`The page at ${url} did not report its title and description.`);
    return { html, ...reported };
  }

  /** What an article's share image shows in a language: its title and the site's name. */
  function shareImageText(articleId: string, language: string): { title: string; siteName: string } {
    const i18n = i18nIn(language);
    const title = String(i18n.getFixedT(language, articleId as 'ui')('title' as never));
    return { title, siteName: i18n.t('site.name') };
  }

  /** The <head> tags of a rendered page, with absolute addresses on `origin`. */
  function pageHead(meta: PageMeta, origin: string): string[] {
    return headTags(meta, siteFacts(origin));
  }

  /**
   * The schema.org data block of an article's page, with absolute addresses on `origin`; nothing for
   * other pages.
   */
  function structuredData(meta: PageMeta, origin: string): string {
    const article = meta.articleId ? store.article(meta.articleId) : undefined;
    if (!article || !meta.addresses) return '';
    const absolute = (path: string) => `${origin.replace(/\/$/, '')}${path}`;
    const i18n = i18nIn(meta.language);
    const text = (key: string) => String(i18n.getFixedT(meta.language, article.id as 'ui')(key as never));
    const hasText = (key: string) => i18n.exists(key, { ns: article.id as 'ui', lng: meta.language, fallbackLng: [] });
    const source = collection.sourceLanguage;
    const sourcePath = meta.addresses.alternates[source];
    const original =
      meta.language !== source && sourcePath
        ? { url: absolute(sourcePath), language: source, headline: String(i18nIn(source).getFixedT(source, article.id as 'ui')('title' as never)) }
        : undefined;
    return structuredDataElement(
      articleStructuredData({
        url: absolute(meta.addresses.canonical),
        language: meta.language,
        name: meta.title,
        description: meta.description,
        headline: text('title'),
        article,
        author: {
          name: text('author.name'),
          ...(hasText('author.jobTitle') ? { jobTitle: text('author.jobTitle') } : {}),
          ...(article.author.affiliation ? { affiliation: article.author.affiliation } : {}),
        },
        publisher: { name: publisher, url: publisherUrl },
        condition: { name: i18n.t('structuredData.condition'), alternateName: i18n.t('structuredData.conditionShort') },
        ...(original ? { translationOf: original } : {}),
      }),
    );
  }

  // The same for every page of a build on one origin, so worked out once.
  const factsByOrigin = new Map<string, SiteFacts>();
  function siteFacts(origin: string): SiteFacts {
    const known = factsByOrigin.get(origin);
    if (known) return known;
    const byLanguage = (value: (language: string) => string) =>
      Object.fromEntries(codes.map((language) => [language, value(language)]));
    const facts: SiteFacts = {
      origin: origin.replace(/\/$/, ''),
      sourceLanguage: collection.sourceLanguage,
      siteNames: byLanguage((language) => i18nIn(language).t('site.name')),
      formattingLocales: byLanguage((language) => formattingLocale(collection.languages, language)),
      imagePath: (page) => (page.articleId ? shareImagePath(page.articleId, page.language) : undefined),
      imageAlt: (page) =>
        page.articleId
          ? i18nIn(page.language).t('sharing.previewImageAlt', { title: shareImageText(page.articleId, page.language).title })
          : '',
    };
    factsByOrigin.set(origin, facts);
    return facts;
  }

  return {
    render,
    pageHead,
    structuredData,
    shareImageText,
    languages: codes,
    redirects: () => redirects(collection.articles, codes),
  };
}

/** Where the build writes an article's share image in a language. */
export const shareImagePath = (articleId: string, language: string) => `/share/${language}/${articleId}.png`;
