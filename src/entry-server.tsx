import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import { App } from '@/app/App';
import { AppProviders } from '@/app/AppProviders';
import { ReportMetaProvider } from '@/app/documentMeta';
import type { PageMeta } from '@/app/pageMeta';
import { headTags, type SiteFacts } from '@/app/headTags';
import { createI18n } from '@/i18n/createI18n';
import { formattingLocale, isSupportedLanguage, sourceLanguage, supportedLanguages } from '@/i18n/languages';

export { supportedLanguages, sourceLanguage } from '@/i18n/languages';
export { escapeHtml } from '@/app/headTags';
export { qrCodePath } from '@/share/qrCodePath';
export { allSlugs } from '@/article/sectionSlugs';

export interface RenderedPage {
  html: string;
  meta: PageMeta;
  status: number;
}

/**
 * Renders one address to HTML. A page outside any language (the root, a not-found page) is rendered
 * in `fallbackLanguage`.
 */
export function render(url: string, fallbackLanguage: string = sourceLanguage): RenderedPage {
  const firstSegment = url.split('/')[1];
  const language = isSupportedLanguage(firstSegment) ? firstSegment : fallbackLanguage;
  let reported: { meta: PageMeta; status: number } | undefined;
  const html = renderToString(
    <AppProviders i18n={createI18n(language)}>
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

/** What the share image of a language shows: the article's title and the site's name. */
export function shareImageText(language: string): { title: string; siteName: string } {
  const i18n = createI18n(language);
  return { title: i18n.t('article:title'), siteName: i18n.t('ui:site.name') };
}

/** Where the build writes each language's share image. */
export const shareImagePath = (language: string) => `/share/${language}.png`;

function siteFacts(origin: string): SiteFacts {
  const byLanguage = (value: (language: string) => string) =>
    Object.fromEntries(supportedLanguages.map((language) => [language, value(language)]));
  return {
    origin: origin.replace(/\/$/, ''),
    sourceLanguage,
    siteNames: byLanguage((language) => shareImageText(language).siteName),
    formattingLocales: byLanguage(formattingLocale),
    imagePath: shareImagePath,
    imageAlt: byLanguage((language) =>
      createI18n(language).t('ui:sharing.previewImageAlt', { title: shareImageText(language).title }),
    ),
  };
}

// The same for every page of a build, so worked out once.
const siteFactsByOrigin = new Map<string, SiteFacts>();

/** The <head> tags of a rendered page, with absolute addresses on `origin`. */
export function pageHead(meta: PageMeta, origin: string): string[] {
  let facts = siteFactsByOrigin.get(origin);
  if (!facts) siteFactsByOrigin.set(origin, (facts = siteFacts(origin)));
  return headTags(meta, facts);
}
