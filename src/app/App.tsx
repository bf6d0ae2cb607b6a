import { Route, Routes } from 'react-router-dom';
import { ArticlePage } from '@/article/ArticlePage';
import { LanguageChooser } from './LanguageChooser';
import { LanguageShell } from './LanguageShell';
import { NotFound } from './NotFound';

export function App() {
  return (
    <Routes>
      <Route index element={<LanguageChooser />} />
      <Route path=":language" element={<LanguageShell />}>
        <Route index element={<ArticlePage />} />
        <Route path=":slug" element={<ArticlePage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
