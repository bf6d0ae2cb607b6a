import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import type { Workbox } from 'workbox-window';

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
    void import('workbox-window').then(({ Workbox }) => {
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
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (updateWaiting.current) workbox.current?.messageSkipWaiting();
  }, [key]);

  return null;
}
