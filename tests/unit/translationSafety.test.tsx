import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { ArticleText } from '@/article/ArticleText';
import { AppProviders } from '@/app/AppProviders';
import { ArticleProvider } from '@/collection/ArticleContext';
import { createStaticStore } from '@/collection/store';
import { createI18n } from '@/i18n/createI18n';
import { isShowKeysMode } from '@/i18n/showKeysMode';
import { keyMarker } from '@/i18n/translatorAids';
import { shippedCollection } from './renderApp';

const article = shippedCollection.articles[0]!;

const hostile =
  'Tekst <img src="x" onerror="window.__pwned = true"> en <script>window.__pwned = true</script> ' +
  '<link href="javascript:window.__pwned = true" onclick="window.__pwned = true">Lees meer op thuisarts.nl</link>';

function renderParagraphWith(text: string) {
  const { i18n } = createI18n('nl', { resources: structuredClone(shippedCollection.texts) });
  i18n.addResource('nl', article.id, 'sections.deficiency.causes', text);
  return render(
    <AppProviders i18n={i18n} languages={shippedCollection.languages} store={createStaticStore(shippedCollection.articles)}>
      <MemoryRouter>
        <ArticleProvider article={article}>
          <p data-testid="paragraph">
            <ArticleText textKey="sections.deficiency.causes" link="thuisarts" />
          </p>
        </ArticleProvider>
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('markup in a translation', () => {
  it('never runs: unknown tags stay text, and named tags lose any attributes', () => {
    renderParagraphWith(hostile);
    const paragraph = screen.getByTestId('paragraph');
    expect(paragraph.querySelector('img, script')).toBeNull();
    expect(paragraph).toHaveTextContent(
      'Tekst <img src="x" onerror="window.__pwned = true"> en <script>window.__pwned = true</script>',
    );
    const link = screen.getByRole('link', { name: 'Lees meer op thuisarts.nl (externe website)' });
    expect(link).toHaveAttribute('href', 'https://www.thuisarts.nl/');
    expect(link).not.toHaveAttribute('onclick');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });
});

describe('show-keys mode', () => {
  it('is on only for ?showKeys=1, whatever else the parameter says', () => {
    expect(isShowKeysMode('?showKeys=1')).toBe(true);
    expect(isShowKeysMode('?showKeys=0')).toBe(false);
    expect(isShowKeysMode('?showKeys=<img src=x onerror=alert(1)>')).toBe(false);
    expect(isShowKeysMode('?utm_source=mail')).toBe(false);
  });

  it('marks each string with its key and description, and a Dutch fallback as such', () => {
    const marker = keyMarker({ 'ui:skipLink': 'The first link on every page.' }, () => '(missing: Dutch text shown)');
    const { i18n } = createI18n('en', { resources: structuredClone(shippedCollection.texts), postProcessors: [marker] });
    i18n.removeResourceBundle('en', 'ui');
    i18n.addResourceBundle('en', 'ui', { backToTop: 'Back to top' });
    expect(i18n.t('backToTop')).toBe('⟦ui:backToTop⟧ Back to top');
    expect(i18n.t('skipLink')).toBe(
      '⟦ui:skipLink (missing: Dutch text shown) — The first link on every page.⟧ Direct naar de inhoud',
    );
  });
});
