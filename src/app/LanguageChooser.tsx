import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useDocumentMeta } from '@/layout/documentMeta';
import { PageLayout } from './PageLayout';
import { languageCodes } from '@/i18n/languages';
import { useLanguages } from '@/i18n/LanguagesContext';
import { preferredLanguage } from '@/i18n/preferredLanguage';
import { collectionPath } from '@/routing/addresses';
import { OtherLanguages } from './OtherLanguages';

/**
 * The address "/". With JavaScript it moves on at once to the reader's language (saved choice, then
 * browser languages, then Dutch); without, it offers each language.
 */
export function LanguageChooser() {
  const { t, i18n } = useTranslation();
  const languages = useLanguages();
  const navigate = useNavigate();
  useDocumentMeta({ language: i18n.language, title: t('site.name'), description: t('collection.description') });
  useEffect(() => {
    void navigate(collectionPath(preferredLanguage(languageCodes(languages))), { replace: true });
  }, [navigate, languages]);
  return (
    <PageLayout>
      <h1>{t('site.name')}</h1>
      <OtherLanguages />
    </PageLayout>
  );
}
