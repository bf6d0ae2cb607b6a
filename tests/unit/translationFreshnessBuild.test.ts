import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';

// On its own: the plugin reads its folders from the environment when imported, so this test
// re-imports modules, which would give later lazy imports in the same file a second React context.
const project = resolve(__dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'freshness-build-'));

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
});

it('lets the build go on when a translation is out of date, with the warning in its output', async () => {
  const localesDir = join(folder, 'locales');
  const contentDir = join(folder, 'content');
  cpSync(join(project, 'locales'), localesDir, { recursive: true });
  cpSync(join(project, 'content'), contentDir, { recursive: true });
  const dutchFile = join(localesDir, 'nl', 'vitamine-b12-en-als.json');
  writeFileSync(dutchFile, readFileSync(dutchFile, 'utf8').replace('Het vermoeden', 'Het sterke vermoeden'));

  vi.stubEnv('I18N_LOCALES_DIR', localesDir);
  vi.stubEnv('I18N_CONTENT_DIR', contentDir);
  vi.resetModules();
  const { localeCheck } = await import('../../scripts/i18n/vitePlugin.js');
  const said = { warned: [] as string[], stopped: [] as string[] };
  const build = {
    environment: { mode: 'build' },
    warn: (message: string) => said.warned.push(message),
    error: (message: string) => said.stopped.push(message),
  };
  (localeCheck().buildStart as unknown as (this: typeof build) => void).call(build);

  expect(said.stopped).toEqual([]);
  expect(said.warned.join('\n')).toContain('locales/en/vitamine-b12-en-als.json  sections.alsAndB12.evidence');
});
