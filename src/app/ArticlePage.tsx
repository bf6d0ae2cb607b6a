import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { ArticleProvider } from '@/collection/ArticleContext';
import { sectionHeadingId, type Article } from '@/collection/article';
import { useContentStore } from '@/collection/ContentStoreContext';
import { useArticleText } from '@/collection/useArticleText';
import { useArticleWithText, useSummaries } from '@/collection/useCollectionData';
import { useDocumentMeta } from '@/layout/documentMeta';
import { PageLayout } from './PageLayout';
import { resolveArticleAddress } from '@/routing/addresses';
import { OpenCitationProvider } from '@/citations/OpenCitation';
import { ActiveSectionProvider, useSetMeasuredSection } from '@/contents/ActiveSection';
import { TableOfContents } from '@/contents/TableOfContents';
import { useScrollSpy } from '@/contents/useScrollSpy';
import { BackToTop } from '@/article/BackToTop';
import { ArticleBody } from '@/article/ArticleBody';
import { ArticleLanguagePaths } from '@/article/ArticleLanguagePaths';
import { articleMeta } from '@/article/articleMeta';
import { samePlaceState, useSectionNavigation } from '@/article/useSectionNavigation';
import { useSaveForOffline } from '@/offline/saveForOffline';
import { Arriving } from './Arriving';
import { NotFound } from './NotFound';

function ArticleView({ article, section, canonicalPath }: { article: Article; section: string | null; canonicalPath: string }) {
  const { i18n } = useTranslation();
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const language = i18n.language;
  const text = useArticleText();

  useDocumentMeta(articleMeta(article, language, text, section));
  useSectionNavigation(section);
  useScrollSpy(article, useSetMeasuredSection());
  useSaveForOffline(article, language);

  // A slug from another language, a former address or a trailing slash still works; the address bar
  // then shows this language's own, so the link a reader copies is the one we would share. A fragment
  // that only repeats the section (the contents' form for readers without JavaScript) is dropped.
  const sectionFragment = section ? `#${sectionHeadingId(article, language, section)}` : undefined;
  const canonicalHash = hash === sectionFragment ? '' : hash;
  useEffect(() => {
    if (pathname !== canonicalPath || hash !== canonicalHash) {
      void navigate(canonicalPath + search + canonicalHash, { replace: true, state: samePlaceState });
    }
  }, [pathname, canonicalPath, search, hash, canonicalHash, navigate]);

  return (
    <OpenCitationProvider>
      <PageLayout aside={<TableOfContents />} shareable>
        <ArticleBody pagePath={canonicalPath} section={section} />
        <BackToTop />
      </PageLayout>
    </OpenCitationProvider>
  );
}

/** An article, opened at its start (/nl/<article>/) or at one section (/nl/<article>/<section>). */
export function ArticlePage() {
  const { articleSlug = '', sectionSlug } = useParams();
  const { i18n } = useTranslation();
  const store = useContentStore();
  const language = i18n.language;
  const known = resolveArticleAddress(store.knownSummaries(), language, articleSlug, sectionSlug);
  // Only an address no article known so far answers to needs the whole list.
  const summaries = useSummaries(known.kind === 'notFound');
  const resolved =
    known.kind === 'notFound' && summaries ? resolveArticleAddress(summaries, language, articleSlug, sectionSlug) : known;
  const article = useArticleWithText(resolved.kind === 'article' ? resolved.article.id : undefined, language);

  if (resolved.kind === 'untranslated') return <NotFound article={resolved.article} />;
  if (resolved.kind === 'notFound') return store.summaries() ? <NotFound /> : <Arriving />;
  if (!article) return <Arriving />;
  return (
    <ArticleProvider article={article}>
      <ActiveSectionProvider routeSection={resolved.section}>
        <ArticleLanguagePaths>
          <ArticleView article={article} section={resolved.section} canonicalPath={resolved.canonicalPath} />
        </ArticleLanguagePaths>
      </ActiveSectionProvider>
    </ArticleProvider>
  );
}
