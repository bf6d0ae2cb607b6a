import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import { App } from '@/app/App';
import { AppProviders } from '@/app/AppProviders';
import { ReportMetaProvider } from '@/app/documentMeta';
import type { PageMeta } from '@/app/pageMeta';
import { createI18n } from '@/i18n/createI18n';
import { isSupportedLanguage, sourceLanguage } from '@/i18n/languages';

export { supportedLanguages, sourceLanguage } from '@/i18n/languages';
export { sectionIds } from '@/article/articleModel';
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
