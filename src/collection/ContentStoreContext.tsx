import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ContentStore } from './store';

const ContentStoreContext = createContext<ContentStore | null>(null);

export function ContentStoreProvider({ store, children }: { store: ContentStore; children: ReactNode }) {
  return <ContentStoreContext.Provider value={store}>{children}</ContentStoreContext.Provider>;
}

/** The store, re-rendering the caller whenever something new arrives in it. */
export function useContentStore(): ContentStore {
  const store = useContext(ContentStoreContext);
  if (!store) throw new Error('useContentStore needs a ContentStoreProvider above it (see AppProviders).');
  useSyncExternalStore(store.subscribe, store.version, store.version);
  return store;
}
