import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../scripts/i18n/checkProject.js';

// The article every case's fixture-article.json is the text of: two sections, seven sources.
const contentDir = 'tests/fixtures/content-check/locale-cases/content';

/** The problems found in one fixture folder, with paths relative to it. */
function problemsIn(fixture: string) {
  const localesDir = resolve(__dirname, '../fixtures/locales', fixture);
  return checkProject({ localesDir, contentDir: resolve(contentDir), sourceLanguage: 'nl', displayRoot: localesDir }).problems;
}

describe('the locale check', () => {
  it('finds nothing wrong with complete, consistent files', () => {
    expect(problemsIn('valid')).toEqual([]);
  });

  it.each([
    ['invalid-json', [{ file: 'en/ui.json', message: 'invalid JSON at line 5, column 1: Expected double-quoted property name' }]],
    ['missing-key', [{ file: 'en/ui.json', key: 'greeting', message: 'missing: the Dutch text will be shown here' }]],
    [
      'extra-key',
      [{ file: 'en/ui.json', key: 'greting', message: 'not in the Dutch file, so never shown: remove it, or check its spelling' }],
    ],
    ['empty-value', [{ file: 'en/ui.json', key: 'greeting', message: 'empty' }]],
    [
      'placeholder',
      [{ file: 'en/ui.json', key: 'greeting', message: 'placeholders differ from Dutch: Dutch has {{name}}, this has {{naam}}' }],
    ],
    [
      'tag-differs',
      [{ file: 'en/ui.json', key: 'more', message: 'tags differ from Dutch: Dutch has <link>×1, this has none' }],
    ],
    ['unbalanced-tag', [{ file: 'en/ui.json', key: 'more', message: '<link> is never closed with </link>' }]],
    [
      'unknown-tag',
      [{ file: 'en/ui.json', key: 'more', message: 'unknown tag <img>: only <cite>, <link>, <em> may be used' }],
    ],
    [
      'unknown-citation',
      [
        {
          file: 'en/fixture-article.json',
          key: 'sections.intro.text',
          message: '<cite>99</cite> cites reference 99, which does not exist (there are 7)',
        },
      ],
    ],
    [
      'citations-differ',
      [
        {
          file: 'en/fixture-article.json',
          key: 'sections.intro.text',
          message: 'cites references 2, 3, 6, but the Dutch text cites 2, 3, 4, 6',
        },
      ],
    ],
    [
      'slug-empty',
      [{ file: 'en/fixture-article.json', key: 'sections.intro.slug', message: 'empty' }],
    ],
    [
      'slug-collision',
      [
        {
          file: 'en/fixture-article.json',
          key: 'sections.outro.slug',
          message: 'slug "introduction" is already used for section "intro" in en/fixture-article.json (sections.intro.slug)',
        },
      ],
    ],
    [
      'slug-unsafe',
      [
        {
          file: 'en/fixture-article.json',
          key: 'sections.intro.slug',
          message: 'slug "Intro page/1" is not safe in an address: use lower-case letters a–z, digits and single hyphens',
        },
      ],
    ],
  ])('reports %s with its file and key', (fixture, expected) => {
    expect(problemsIn(fixture)).toEqual(expected);
  });

  it('reports every problem at once, across files and languages', () => {
    // German lacks the article too, which is no problem: it is simply not offered in German.
    expect(problemsIn('many-at-once')).toEqual([
      { file: 'de/ui.json', key: 'more', message: 'missing: the Dutch text will be shown here' },
      {
        file: 'en/fixture-article.json',
        key: 'sections.intro.text',
        message: '<cite>99</cite> cites reference 99, which does not exist (there are 7)',
      },
      { file: 'en/ui.json', key: 'greeting', message: 'missing: the Dutch text will be shown here' },
      { file: 'en/ui.json', key: 'more', message: 'tags differ from Dutch: Dutch has <link>×1, this has none' },
    ]);
  });

  it('passes on the project’s own locales', () => {
    const localesDir = resolve(__dirname, '../../locales');
    expect(checkProject({ localesDir, contentDir: resolve(__dirname, '../../content'), sourceLanguage: 'nl' }).problems).toEqual([]);
  });
});

describe('npm run i18n:check', () => {
  it('exits non-zero with a readable report and a completeness table', () => {
    const run = spawnSync(
      'node',
      ['scripts/i18n-check.js', '--locales', 'tests/fixtures/locales/many-at-once', '--content', contentDir],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Locale check found 4 problems:');
    expect(run.stderr).toContain('tests/fixtures/locales/many-at-once/en/ui.json  greeting\n      missing');
    expect(run.stdout).toMatch(/language\s+keys\s+translated\s+identical to nl\nde\s+4\s+3 \(75%\)\s+1\nen\s+12\s+11 \(91%\)\s+0/);
  });
});

describe('the build', () => {
  it('refuses to produce output from broken locale files', () => {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', 'dist-refused', '--emptyOutDir'], {
      encoding: 'utf8',
      env: { ...process.env, I18N_LOCALES_DIR: 'tests/fixtures/locales/placeholder', I18N_CONTENT_DIR: contentDir },
    });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toContain(
      'tests/fixtures/locales/placeholder/en/ui.json  greeting\n      placeholders differ from Dutch',
    );
    expect(existsSync('dist-refused')).toBe(false);
  }, 30_000);
});
