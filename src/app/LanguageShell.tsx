import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router-dom';
import { loadTexts } from '@/i18n/createI18n';
import { isSupportedLanguage } from '@/i18n/languages';
import { useLanguages } from '@/i18n/LanguagesContext';
import { loadInFull } from '@/routing/loadInFull';
import { Arriving } from './Arriving';
import { NotFound } from './NotFound';

/** Everything under /<language>/: the address decides the language. */
export function LanguageShell() {
  const { language } = useParams();
  const { i18n } = useTranslation();
  const languages = useLanguages();
  const supported = isSupportedLanguage(languages, language);
  // The language's interface text usually arrived before the address changed (see LanguageSwitch);
  // a link from elsewhere (the root page choosing the reader's language) waits for it here.
  const textHere = supported && i18n.hasResourceBundle(language, 'ui');
  useEffect(() => {
    if (supported && !textHere) loadTexts(i18n, language, ['ui']).catch(loadInFull);
  }, [i18n, language, supported, textHere]);

  if (!supported) return <NotFound />;
  if (!textHere) return <Arriving />;
  // Set while rendering, not in an effect, so that no frame shows the new address in the old
  // language. The text is here, so the change is synchronous.
  if (i18n.language !== language) void i18n.changeLanguage(language);
  return <Outlet />;
}
