import { describe, expect, it, vi } from 'vitest';
import { createI18n, loadTexts } from '@/i18n/createI18n';

describe('fetching an article’s text', () => {
  it('tries again after a failed fetch, so a reader back online gets the text', async () => {
    let online = false;
    const loadText = vi.fn(async (_language: string, namespace: string) => {
      if (namespace === 'an-article' && !online) throw new Error('offline');
      return namespace === 'ui' ? { skipLink: 'Direct naar de inhoud' } : { title: 'Een artikel' };
    });
    const { i18n, ready } = createI18n('nl', { loadText });
    await ready;

    await expect(loadTexts(i18n, 'nl', ['an-article'])).rejects.toThrow();
    online = true;
    await loadTexts(i18n, 'nl', ['an-article']);
    expect(i18n.getResource('nl', 'an-article', 'title')).toBe('Een artikel');
    expect(loadText.mock.calls.filter(([, namespace]) => namespace === 'an-article')).toHaveLength(2);
  });

  it('fetches nothing that is there already', async () => {
    const loadText = vi.fn<(language: string, namespace: string) => Promise<Record<string, unknown>>>(async () => ({
      title: 'Een artikel',
    }));
    const { i18n, ready } = createI18n('nl', { loadText });
    await ready;
    await loadTexts(i18n, 'nl', ['an-article']);
    await loadTexts(i18n, 'nl', ['an-article']);
    expect(loadText.mock.calls.filter(([, namespace]) => namespace === 'an-article')).toHaveLength(1);
  });
});
