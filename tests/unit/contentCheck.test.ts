import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../scripts/i18n/checkProject.js';

const fixtures = 'tests/fixtures/content-check';

/**
 * The check of one case, tests/fixtures/content-check/<fixture>/{content,locales}, with paths
 * relative to the case's folder.
 */
function checkFixture(fixture: string) {
  const root = resolve(__dirname, '../fixtures/content-check', fixture);
  return checkProject({
    localesDir: resolve(root, 'locales'),
    contentDir: resolve(root, 'content'),
    sourceLanguage: 'nl',
    displayRoot: root,
  });
}

const problemsIn = (fixture: string) => checkFixture(fixture).problems;

const article = 'content/fixture-article/article.json';
const references = 'content/fixture-article/references.json';
const dutch = 'locales/nl/fixture-article.json';
const english = 'locales/en/fixture-article.json';
const safeSlugAdvice = 'use lower-case letters a–z, digits and single hyphens';

describe('the content check', () => {
  it.each(['valid', 'valid-former-addresses'])('finds nothing wrong with the %s fixture', (fixture) => {
    expect(checkFixture(fixture)).toMatchObject({ problems: [], contentWarnings: [] });
  });

  it('passes on the project’s own content and locales', () => {
    const project = resolve(__dirname, '../..');
    const { problems, contentWarnings } = checkProject({
      localesDir: resolve(project, 'locales'),
      contentDir: resolve(project, 'content'),
      sourceLanguage: 'nl',
      displayRoot: project,
    });
    expect(problems).toEqual([]);
    expect(contentWarnings).toEqual([]);
  });

  it('reports malformed JSON in article.json and references.json, with line and column', () => {
    expect(problemsIn('invalid-json')).toEqual([
      { file: article, message: 'invalid JSON at line 4, column 1: Expected double-quoted property name' },
      { file: references, message: "invalid JSON at line 3, column 14: Expected ',' or '}' after property value" },
    ]);
  });

  it('reports a block that points at a key the Dutch text lacks, and the Dutch text nothing shows', () => {
    expect(problemsIn('missing-key')).toEqual([
      {
        file: article,
        key: 'sections[0].blocks[1].caption',
        message: `"sections.first.drawingCaptoin" is not in ${dutch}: add it there, or check the spelling here`,
      },
      {
        file: dutch,
        key: 'sections.first.drawingCaption',
        message: `no block in ${article} uses it, so never shown: remove it, or check its spelling`,
      },
    ]);
  });

  it('reports unknown block types and fields, missing fields, unknown links and addresses that are not web addresses', () => {
    expect(problemsIn('bad-blocks')).toEqual([
      {
        file: article,
        key: 'links.old',
        message: '"ftp://example.org/file" is not a web address: write it in full, starting with https://',
      },
      {
        file: article,
        key: 'introduction[0].emphasis',
        message: 'not a field of a paragraph block, so never used: remove it, or check its spelling',
      },
      {
        file: article,
        key: 'introduction[0].link',
        message: `intro has no <link>…</link> to carry this link: mark the linked words in ${dutch}`,
      },
      { file: article, key: 'sections[0].blocks[0].link', message: '"mroe" is not in this article\'s "links" (more, old)' },
      { file: article, key: 'sections[0].blocks[1].caption', message: 'missing: a figure block needs "caption"' },
      {
        file: article,
        key: 'sections[1].blocks[1].type',
        message: 'unknown block type "video": use paragraph, keyMessage, figure or referenceList',
      },
      {
        file: article,
        key: 'closing[1].type',
        message: 'missing: every block needs "type": paragraph, keyMessage, figure or referenceList',
      },
    ]);
  });

  it('reports a <link> in a text whose block has no link to give it', () => {
    expect(problemsIn('link-mismatch')).toEqual([
      {
        file: article,
        key: 'sections[0].blocks[0].text',
        message: 'sections.first.text has <link>…</link>, but this paragraph names no "link" for it to go to',
      },
      {
        file: article,
        key: 'sections[1].blocks[0].text',
        message: 'sections.sources.message has <link>…</link>, but a keyMessage block cannot link anywhere',
      },
      {
        file: article,
        key: 'closing[0].link',
        message: `feedback has no <link>…</link> to carry this link: mark the linked words in ${dutch}`,
      },
    ]);
  });

  it('reports missing, misspelt and wrong fields of article.json itself', () => {
    expect(problemsIn('article-fields')).toEqual([
      { file: article, key: 'introdution', message: 'not a field of an article, so never used: remove it, or check its spelling' },
      { file: article, key: 'author.place', message: 'missing: "author" needs "place"' },
      { file: article, key: 'author.affiliation', message: 'empty' },
      { file: article, key: 'links', message: 'missing: every article needs "links", { } if it has none' },
      {
        file: article,
        key: 'formerAddresses',
        message: '"yes" is not a kind of former address: use "sectionsAtLanguageRoot", or leave it out',
      },
      { file: article, key: 'introduction', message: 'missing: every article needs "introduction", [ ] if there is none' },
    ]);
  });

  it('reports a list of sections that is not a list, and nothing about the Dutch sections it hides', () => {
    expect(problemsIn('sections-not-a-list')).toEqual([
      { file: article, key: 'sections', message: 'must be a list of sections: [ { "id": "…", "blocks": [ … ] } ]' },
    ]);
  });

  it('reports a second article that keeps the former addresses', () => {
    expect(problemsIn('two-former-addresses')).toEqual([
      {
        file: 'content/second-article/article.json',
        key: 'formerAddresses',
        message: `only one article can keep former addresses, and ${article} already does`,
      },
    ]);
  });

  it('reports a citation of a source the article does not have, though another article has it', () => {
    expect(problemsIn('unknown-citation')).toEqual([
      { file: english, key: 'sections.first.text', message: '<cite>3</cite> cites reference 3, which does not exist (there are 2)' },
    ]);
  });

  it('reports sources that are not numbered 1 to N', () => {
    expect(problemsIn('reference-numbers')).toEqual([
      { file: references, key: 'references[1].n', message: 'is 3, but the sources are numbered 1, 2, 3, … in order: this one is 2' },
    ]);
  });

  it('reports a duplicate section id', () => {
    expect(problemsIn('duplicate-section-id')).toEqual([
      { file: article, key: 'sections[1].id', message: 'section id "first" is already used by sections[0]' },
    ]);
  });

  it.each([
    [
      'duplicate-section-slug',
      {
        file: english,
        key: 'sections.sources.slug',
        message: `slug "first-part" is already used for section "first" in ${english} (sections.first.slug)`,
      },
    ],
    [
      'section-slug-across-languages',
      {
        file: dutch,
        key: 'sections.first.slug',
        message: `slug "eerste-deel" is already used for section "sources" in ${english} (sections.sources.slug)`,
      },
    ],
    [
      'duplicate-article-slug',
      {
        file: 'locales/nl/second-article.json',
        key: 'slug',
        message: `slug "testartikel" is already used for article "fixture-article" in ${dutch} (slug)`,
      },
    ],
    [
      'former-address-slug',
      {
        file: 'locales/nl/second-article.json',
        key: 'slug',
        message: `slug "bronnen" is already used for section "sources" of article "fixture-article" in ${dutch} (sections.sources.slug)`,
      },
    ],
    ['unsafe-article-slug', { file: dutch, key: 'slug', message: `slug "Test Artikel" is not safe in an address: ${safeSlugAdvice}` }],
    [
      'reserved-article-slug',
      { file: dutch, key: 'slug', message: 'slug "offline" is the address of one of the site\'s own pages: choose another' },
    ],
  ])('reports a slug that cannot name one page: %s', (fixture, problem) => {
    expect(problemsIn(fixture)).toEqual([problem]);
  });

  it('reports a section without heading, and Dutch text that no section or block shows', () => {
    expect(problemsIn('section-text')).toEqual([
      { file: dutch, key: 'sections.sources.heading', message: `missing: every section in ${article} needs one` },
      {
        file: dutch,
        key: 'sections.first.extra',
        message: `no block in ${article} uses it, so never shown: remove it, or check its spelling`,
      },
      {
        file: dutch,
        key: 'sections.old',
        message: `no section "old" in ${article}, so never shown: remove it, or check its spelling`,
      },
    ]);
  });

  it('reports dates that come in the wrong order', () => {
    expect(problemsIn('dates-out-of-order')).toEqual([
      {
        file: article,
        key: 'dates.lastReviewed',
        message: '2023-05-01 is before lastUpdated, 2023-06-01: a review looks at the text as last updated, so it cannot come first',
      },
      {
        file: article,
        key: 'dates.nextReviewDue',
        message: '2023-05-01 is not after lastReviewed, 2023-05-01: the next review must come later',
      },
    ]);
  });

  it('reports dates that are not days, and a missing one', () => {
    expect(problemsIn('not-a-date')).toEqual([
      { file: article, key: 'dates.lastUpdated', message: '"2023-02-30" is not a date: write it as YYYY-MM-DD, such as "2023-01-12"' },
      { file: article, key: 'dates.lastReviewed', message: 'missing: every article needs "lastReviewed", as YYYY-MM-DD' },
      { file: article, key: 'dates.nextReviewDue', message: '"12-01-2026" is not a date: write it as YYYY-MM-DD, such as "2023-01-12"' },
    ]);
  });

  it('reports a missing figure file', () => {
    expect(problemsIn('missing-figure')).toEqual([
      { file: article, key: 'sections[0].blocks[1].image', message: 'file not found: content/fixture-article/drawing.png' },
    ]);
  });

  it('warns, without stopping the build, when a small drawing stays an image, and says why', () => {
    expect(checkFixture('drawing-stays-an-image')).toMatchObject({
      problems: [],
      contentWarnings: [
        {
          file: article,
          key: 'sections[0].blocks[1].image',
          message:
            'content/fixture-article/drawing.svg is shown as an image, not drawn into the page, as it has a <style>, which would style the whole page. ' +
            "An image cannot take the page's colours: what it draws in currentColor stays black, in dark mode too. " +
            'Take out what is named here to have it drawn into the page.',
        },
      ],
    });
  });

  it('reports an article without its Dutch text', () => {
    expect(problemsIn('no-dutch-text')).toEqual([
      { file: dutch, message: 'file missing: content/fixture-article is an article, and every article needs its Dutch text' },
    ]);
  });

  it('reports locale files of an article that does not exist', () => {
    const message = "no article folder content/old-article, so nothing here is used: name the file after an article's folder, or remove it";
    expect(problemsIn('stray-locale-file')).toEqual([
      { file: 'locales/en/old-article.json', message },
      { file: 'locales/nl/old-article.json', message },
    ]);
  });

  it('reports an article folder without article.json', () => {
    expect(problemsIn('no-article-json')).toEqual([{ file: article, message: 'file missing: every article folder needs one' }]);
  });

  it('reports an article id that is not safe in an address', () => {
    expect(problemsIn('unsafe-article-id')).toEqual([
      { file: 'content/Fixture_Article', message: `folder name "Fixture_Article" is not a safe article id: ${safeSlugAdvice}` },
    ]);
  });

  it('lets a language leave out an article, but not its interface text', () => {
    expect(problemsIn('language-without-article')).toEqual([
      { file: 'locales/fr/ui.json', message: 'file missing: every language needs its own ui.json' },
    ]);
  });
});

describe('npm run i18n:check --content', () => {
  it('reports content problems with their file and JSON path', () => {
    const run = spawnSync(
      'node',
      ['scripts/i18n-check.js', '--locales', `${fixtures}/missing-figure/locales`, '--content', `${fixtures}/missing-figure/content`],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `Locale check found 1 problem:\n\n  ${fixtures}/missing-figure/content/fixture-article/article.json  sections[0].blocks[1].image\n` +
        `      file not found: ${fixtures}/missing-figure/content/fixture-article/drawing.png`,
    );
  });
});

describe('npm run i18n:check with a drawing that stays an image', () => {
  it('says so under its file and JSON path, and passes', () => {
    const fixture = `${fixtures}/drawing-stays-an-image`;
    const run = spawnSync('node', ['scripts/i18n-check.js', '--locales', `${fixture}/locales`, '--content', `${fixture}/content`], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `Content check found 1 warning (the build goes on: the page still shows each of them):\n\n` +
        `  ${fixture}/content/fixture-article/article.json  sections[0].blocks[1].image\n` +
        `      ${fixture}/content/fixture-article/drawing.svg is shown as an image, not drawn into the page, as it has a <style>`,
    );
    expect(run.stdout).toContain('Locale and content files: no problems.');
  });
});

describe('the build', () => {
  it('refuses to produce output from broken content', () => {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', 'dist-refused-content', '--emptyOutDir'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        I18N_LOCALES_DIR: `${fixtures}/dates-out-of-order/locales`,
        I18N_CONTENT_DIR: `${fixtures}/dates-out-of-order/content`,
      },
    });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toContain(
      `${fixtures}/dates-out-of-order/content/fixture-article/article.json  dates.lastReviewed\n      2023-05-01 is before lastUpdated`,
    );
    expect(existsSync('dist-refused-content')).toBe(false);
  }, 30_000);
});
