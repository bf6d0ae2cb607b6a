import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import type { Workbox } from 'workbox-window';
import { whenPageIsIdle } from '@/layout/whenPageIsIdle';

/**
 * Registers the service worker that keeps the article readable offline. A new version is applied on
 * the reader's next navigation, as a full load of that address: never old HTML with new scripts.
 */
export function ServiceWorkerUpdates() {
  const { key } = useLocation();
  const workbox = useRef<Workbox | null>(null);
  const updateWaiting = useRef(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    let cancelled = false;
    const register = async () => {
      const { Workbox } = await import('workbox-window');
      if (cancelled) return;
      const registration = new Workbox('/sw.js');
      registration.addEventListener('waiting', () => {
        updateWaiting.current = true;
      });
      registration.addEventListener('controlling', (event) => {
        if (event.isUpdate) window.location.reload();
      });
      // A browser may refuse (service workers turned off, private windows): the site then works as
      // before, only not offline.
      registration.register().catch(() => undefined);
      workbox.current = registration;
    };
    // Installing fetches and stores every file the site needs offline, which would slow the page's
    // own start on a phone.
    const cancelWait = whenPageIsIdle(() => void register());
    return () => {
      cancelled = true;
      cancelWait();
    };
  }, []);

  useEffect(() => {
    if (updateWaiting.current) workbox.current?.messageSkipWaiting();
  }, [key]);

  return null;
}
