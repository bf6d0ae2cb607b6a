import { Route, Routes } from 'react-router-dom';

import { ArticlePage } from './ArticlePage';
import { CollectionPage } from './CollectionPage';
import { LanguageChooser } from './LanguageChooser';
import { LanguageShell } from './LanguageShell';
import { NotFound } from './NotFound';
import { OfflinePage } from './OfflinePage';

export function App() {
  return (
    <Routes>
      <Route index element={<LanguageChooser />} />
      <Route path=":language" element={<LanguageShell />}>
        <Route index element={<CollectionPage />} />
        {/* What the service worker shows offline for an address never saved (no article is so named). */}
        <Route path="offline" element={<OfflinePage />} />
        <Route path=":articleSlug/:sectionSlug?" element={<ArticlePage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
