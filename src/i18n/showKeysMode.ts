import type { PostProcessorModule } from 'i18next';

const storageKey = 'show-keys';

/** ?showKeys=1 turns it on; in development the toggle remembers it. Nothing else is read from the value. */
export function isShowKeysMode(search: string): boolean {
  const requested = new URLSearchParams(search).get('showKeys');
  if (requested !== null) return requested === '1';
  try {
    return import.meta.env.DEV && window.localStorage.getItem(storageKey) === '1';
  } catch {
    return false;
  }
}

export function rememberShowKeys(on: boolean): void {
  try {
    window.localStorage.setItem(storageKey, on ? '1' : '0');
  } catch {
    // The address parameter still works without storage.
  }
}

/** The i18next helpers a page starts with: the fallback log in development, the key markers on request. */
export async function translatorAids(showKeys: boolean, fallbackLabel: () => string): Promise<PostProcessorModule[]> {
  const aids: PostProcessorModule[] = [];
  if (!import.meta.env.DEV && !showKeys) return aids;
  // Readers never download these helpers; only translators use them.
  const { fallbackReporter, keyMarker } = await import('./translatorAids');
  if (import.meta.env.DEV) aids.push(fallbackReporter());
  if (showKeys) {
    const { descriptions } = (await import('../../locales/descriptions.json')).default;
    aids.push(keyMarker(descriptions, fallbackLabel));
  }
  return aids;
}
