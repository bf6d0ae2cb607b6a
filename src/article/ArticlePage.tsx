import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { articleMeta } from '@/app/pageMeta';
import { useDocumentMeta } from '@/app/documentMeta';
import { NotFound } from '@/app/NotFound';
import { articlePath } from '@/app/paths';
import { OpenCitationProvider } from '@/citations/OpenCitation';
import { useSetMeasuredSection } from '@/contents/ActiveSection';
import { TableOfContents } from '@/contents/TableOfContents';
import { useScrollSpy } from '@/contents/useScrollSpy';
import { BackToTop } from '@/layout/BackToTop';
import { PageLayout } from '@/layout/PageLayout';
import { Article } from './Article';
import type { SectionId } from './articleModel';
import { findSectionBySlug, sectionSlug } from './sectionSlugs';
import { useSectionNavigation } from './useSectionNavigation';

function ArticleView({ section }: { section: SectionId | null }) {
  const { t, i18n } = useTranslation('article');
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const language = i18n.language;

  useDocumentMeta(articleMeta(language, t, section));
  useSectionNavigation(section);
  useScrollSpy(useSetMeasuredSection());

  // A slug from another language, or with a trailing slash, still works; the address bar then shows
  // this language's own slug, so the link a reader copies is the one we would share. A fragment that
  // only repeats the section (the contents' form for readers without JavaScript) is dropped.
  const canonicalPath = articlePath(language, section);
  const canonicalHash = section && hash === `#${sectionSlug(language, section)}` ? '' : hash;
  useEffect(() => {
    if (pathname !== canonicalPath || hash !== canonicalHash) {
      void navigate(canonicalPath + search + canonicalHash, { replace: true });
    }
  }, [pathname, canonicalPath, search, hash, canonicalHash, navigate]);

  return (
    <OpenCitationProvider>
      <PageLayout aside={<TableOfContents />} shareable>
        <Article section={section} />
        <BackToTop />
      </PageLayout>
    </OpenCitationProvider>
  );
}

/** The article, opened at its start (/nl/) or at one section (/nl/<slug>). */
export function ArticlePage() {
  const { slug } = useParams();
  const section = slug === undefined ? null : findSectionBySlug(slug);
  if (section === undefined) return <NotFound />;
  return <ArticleView section={section} />;
}
