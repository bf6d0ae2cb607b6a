import { useEffect, useState } from 'react';
import { offlineCaches } from './saveForOffline';

/** The addresses of the pages saved on this device, once read from its cache; undefined before. */
export function useSavedPages(): string[] | undefined {
  const [saved, setSaved] = useState<string[] | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    const requests = 'caches' in window ? caches.open(offlineCaches.pages).then((cache) => cache.keys()) : Promise.resolve([]);
    void requests.then(
        (requests) => !cancelled && setSaved(requests.map((request) => new URL(request.url).pathname)),
        () => !cancelled && setSaved([]),
      );
    return () => {
      cancelled = true;
    };
  }, []);
  return saved;
}
