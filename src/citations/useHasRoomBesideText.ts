import { useSyncExternalStore } from 'react';
import { besideTheTextQuery, hasRoomBesideText } from './narrowScreen';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(besideTheTextQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the sources fit beside the text; follows a phone that turns or a window that is resized. */
export function useHasRoomBesideText(): boolean {
  return useSyncExternalStore(subscribe, hasRoomBesideText, () => true);
}
