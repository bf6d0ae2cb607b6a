import { useTranslation } from 'react-i18next';
import { useAnnounce } from '@/layout/Announcer';

/** The full address of a path on this site, as a reader would paste it into a message. */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).href;
}

/** Copies an address and says so; if the browser refuses, shows the address to copy by hand. */
export function useCopyLink(): (path: string) => Promise<void> {
  const { t } = useTranslation();
  const announce = useAnnounce();
  return async (path) => {
    const url = absoluteUrl(path);
    try {
      await navigator.clipboard.writeText(url);
      announce(t('sharing.linkCopied'));
    } catch {
      announce(t('sharing.copyFailed', { url }));
    }
  };
}
