import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const fixtures = resolve(__dirname, '../fixtures/content-check');

type HotUpdate = (context: { file: string; server: unknown }) => unknown;

/**
 * The locale check's Vite plugin, with its folders taken from the environment as the build takes
 * them (I18N_LOCALES_DIR, I18N_CONTENT_DIR), and a dev server that records what it sends.
 */
async function plugin(folders: { locales?: string; content?: string } = {}) {
  if (folders.locales) vi.stubEnv('I18N_LOCALES_DIR', folders.locales);
  if (folders.content) vi.stubEnv('I18N_CONTENT_DIR', folders.content);
  vi.resetModules();
  const { checkProjectFiles, localeCheck } = await import('../../scripts/i18n/vitePlugin.js');
  const sent: unknown[] = [];
  const server = { ws: { send: (payload: unknown) => sent.push(payload) }, config: { logger: { error: () => {} } } };
  const hotUpdate = (file: string) => (localeCheck().handleHotUpdate as unknown as HotUpdate)({ file, server });
  return { checkProjectFiles, hotUpdate, sent };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the locale check in Vite', () => {
  it('finds what the build would refuse, in the folders the environment names', async () => {
    const { checkProjectFiles } = await plugin({
      locales: resolve(fixtures, 'missing-figure/locales'),
      content: resolve(fixtures, 'missing-figure/content'),
    });
    expect(checkProjectFiles()).toEqual([
      {
        file: 'tests/fixtures/content-check/missing-figure/content/fixture-article/article.json',
        key: 'sections[0].blocks[1].image',
        message: 'file not found: tests/fixtures/content-check/missing-figure/content/fixture-article/drawing.png',
      },
    ]);
  });

  it('reloads the page when a content file changes and the check passes', async () => {
    const { hotUpdate, sent } = await plugin();
    expect(hotUpdate(resolve('content/vitamine-b12-en-als/article.json'))).toEqual([]);
    expect(sent).toEqual([{ type: 'full-reload' }]);
  });

  it('shows the report instead when a changed content file breaks the check', async () => {
    const content = resolve(fixtures, 'missing-figure/content');
    const { hotUpdate, sent } = await plugin({ locales: resolve(fixtures, 'missing-figure/locales'), content });
    expect(hotUpdate(resolve(content, 'fixture-article/article.json'))).toEqual([]);
    expect(sent).toEqual([
      {
        type: 'error',
        err: expect.objectContaining({ plugin: 'locale-check', message: expect.stringContaining('file not found:') }),
      },
    ]);
  });

  it('sends a changed locale file to the page, without a reload', async () => {
    const { hotUpdate, sent } = await plugin();
    expect(hotUpdate(resolve('locales/en/vitamine-b12-en-als.json'))).toEqual([]);
    expect(sent).toEqual([
      {
        type: 'custom',
        event: 'locale-update',
        data: expect.objectContaining({ language: 'en', namespace: 'vitamine-b12-en-als' }),
      },
    ]);
  });

  it('leaves any other file to Vite', async () => {
    const { hotUpdate, sent } = await plugin();
    expect(hotUpdate(resolve('src/main.tsx'))).toBeUndefined();
    expect(sent).toEqual([]);
  });
});
