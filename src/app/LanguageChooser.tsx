import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { preferredLanguage } from '@/i18n/preferredLanguage';
import { PageLayout } from '@/layout/PageLayout';
import { ArticleLinks } from './ArticleLinks';
import { useDocumentMeta } from './documentMeta';
import { articlePath } from './paths';

/**
 * The address "/". With JavaScript it moves on at once to the reader's language (saved choice, then
 * browser languages, then Dutch); without, it offers the article in each language.
 */
export function LanguageChooser() {
  const { t, i18n } = useTranslation('article');
  const navigate = useNavigate();
  useDocumentMeta({ language: i18n.language, title: t('title'), description: t('lead') });
  useEffect(() => {
    void navigate(articlePath(preferredLanguage()), { replace: true });
  }, [navigate]);
  return (
    <PageLayout>
      <h1>{t('title')}</h1>
      <ArticleLinks />
    </PageLayout>
  );
}
