import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router-dom';
import { ActiveSectionProvider } from '@/contents/ActiveSection';
import { isSupportedLanguage } from '@/i18n/languages';
import { NotFound } from './NotFound';

/** Everything under /<language>/: the address decides the language. */
export function LanguageShell() {
  const { language } = useParams();
  const { i18n } = useTranslation();
  if (!isSupportedLanguage(language)) return <NotFound />;
  // Set while rendering, not in an effect, so that no frame shows the new address in the old
  // language. All resources are bundled, so the change is synchronous.
  if (i18n.language !== language) void i18n.changeLanguage(language);
  return (
    <ActiveSectionProvider>
      <Outlet />
    </ActiveSectionProvider>
  );
}
