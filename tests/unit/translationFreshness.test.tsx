import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCollection } from '../../scripts/collection/readCollection.js';
import { checkProject } from '../../scripts/i18n/checkProject.js';
import { describeChange } from '../../scripts/i18n/translationSources.js';
import { renderApp } from './renderApp';

const project = resolve(__dirname, '../..');
const changedKey = 'sections.alsAndB12.evidence';
let folder = '';
let localesDir = '';
let contentDir = '';

type Texts = { sections: Record<string, Record<string, string>> };
const dutchFile = () => join(localesDir, 'nl', 'vitamine-b12-en-als.json');
const sourcesFile = () => join(localesDir, 'en', 'vitamine-b12-en-als.sources.json');

/** An editor's change to one Dutch paragraph, after its English was written. */
function changeDutchEvidence(change: (text: string) => string) {
  const dutch = JSON.parse(readFileSync(dutchFile(), 'utf8')) as Texts;
  const section = dutch.sections.alsAndB12 ?? {};
  section.evidence = change(section.evidence ?? '');
  writeFileSync(dutchFile(), `${JSON.stringify(dutch, null, 2)}\n`);
}

const check = () => checkProject({ localesDir, contentDir, sourceLanguage: 'nl', displayRoot: folder });

/**
 * A command of the project, run on the copied folders as a translator runs it on theirs: the check is
 * told them, the marking command takes them from the environment, as the build does.
 */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('node', [join(project, script), ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
const runCheck = () => run('scripts/i18n-check.js', ['--locales', localesDir, '--content', contentDir]);
const markTranslated = (...args: string[]) =>
  run('scripts/i18n-mark-translated.js', args, { I18N_LOCALES_DIR: localesDir, I18N_CONTENT_DIR: contentDir });

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'freshness-'));
  localesDir = join(folder, 'locales');
  contentDir = join(folder, 'content');
  cpSync(join(project, 'locales'), localesDir, { recursive: true });
  cpSync(join(project, 'content'), contentDir, { recursive: true });
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the shipped translation', () => {
  it('records the Dutch it follows, and nothing is out of date', () => {
    expect(check()).toMatchObject({ problems: [], warnings: [] });
  });

  it('says on the page which Dutch text it translates', () => {
    renderApp('/en/vitamin-b12-and-als/');
    expect(screen.getByText(/^This is a translation of the Dutch text of 12 January 2023\./)).toBeInTheDocument();
    expect(screen.queryByText(/may be out of date/)).not.toBeInTheDocument();
  });
});

describe('a Dutch paragraph changed after its translation', () => {
  beforeEach(() => changeDutchEvidence((text) => text.replace('Het vermoeden', 'Het sterke vermoeden')));

  it('is reported by the check with the file, the key and the words that changed, as a warning only', () => {
    const { problems, warnings } = check();
    expect(problems).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'locales/en/vitamine-b12-en-als.json', key: changedKey });
    expect(warnings[0]?.message).toContain('the Dutch text changed after this was translated: "Het [+sterke] vermoeden van een mogelijke …"');
    expect(warnings[0]?.message).toContain(`npm run i18n:mark-translated -- en vitamine-b12-en-als --keys ${changedKey}`);
  });

  it('leaves the check command passing, with the warning in its output', () => {
    const { status, output } = runCheck();
    expect(output).toContain('Translation check found 1 warning');
    expect(output).toContain(`locales/en/vitamine-b12-en-als.json  ${changedKey}`);
    expect(status).toBe(0);
  });

  it('marks that paragraph on the English page, with a link to the same part in Dutch', () => {
    renderApp('/en/vitamin-b12-and-als/als-and-vitamin-b12', readCollection({ localesDir, contentDir }));
    const notes = screen.getAllByText(/This part of the translation may be out of date\./);
    expect(notes).toHaveLength(1);
    const section = screen.getByRole('region', { name: 'ALS and vitamin B12' });
    expect(within(section).getByText(/This part of the translation may be out of date\./)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Read it in the Dutch original.' })).toHaveAttribute(
      'href',
      '/nl/vitamine-b12-en-als/als-en-vitamine-b12',
    );
  });

  it('is up to date again once the translator marks it, and the notice names the Dutch it follows', () => {
    const marked = markTranslated('en', '--keys', changedKey);
    expect(marked.output).toContain('marked 1 string as translated from the current Dutch');
    expect(marked.status).toBe(0);
    expect(check().warnings).toEqual([]);
    const sources = JSON.parse(readFileSync(sourcesFile(), 'utf8')) as { translatedFrom: string; keys: Record<string, { source: string }> };
    expect(sources.translatedFrom).toBe('2023-01-12');
    expect(sources.keys[changedKey]?.source).toContain('Het sterke vermoeden');
  });
});

describe('a broken record of sources', () => {
  it('fails the check, naming the file and the key', () => {
    const sources = JSON.parse(readFileSync(sourcesFile(), 'utf8')) as { keys: Record<string, { source: string }> };
    const record = sources.keys[changedKey];
    if (record) record.source = 'edited by hand';
    writeFileSync(sourcesFile(), JSON.stringify(sources));
    expect(check().problems).toEqual([
      {
        file: relative(folder, sourcesFile()),
        key: `keys.${changedKey}`,
        message: 'the fingerprint does not match the text beside it; do not edit this file by hand: run npm run i18n:mark-translated to write it',
      },
    ]);
  });

  it('fails the check when it is not JSON', () => {
    writeFileSync(sourcesFile(), '{ "keys": ');
    expect(check().problems).toEqual([
      expect.objectContaining({ file: relative(folder, sourcesFile()), message: expect.stringMatching(/^invalid JSON/) }),
    ]);
  });

  it('fails the check beside the Dutch original, or beside no translation', () => {
    writeFileSync(join(localesDir, 'nl', 'vitamine-b12-en-als.sources.json'), readFileSync(sourcesFile()));
    rmSync(join(localesDir, 'en', 'vitamine-b12-en-als.json'));
    expect(check().problems).toEqual([
      { file: 'locales/en/vitamine-b12-en-als.sources.json', message: 'no article text en/vitamine-b12-en-als.json beside it, so it records nothing: remove it' },
      { file: 'locales/nl/vitamine-b12-en-als.sources.json', message: 'nl is the original, translated from nothing: remove this file' },
    ]);
  });

  it('is written anew by the command', () => {
    writeFileSync(sourcesFile(), '{ "keys": ');
    expect(markTranslated('en').status).toBe(0);
    expect(check()).toMatchObject({ problems: [], warnings: [] });
  });
});

describe('what changed, as the check words it', () => {
  it('shows removed and added words in a few words of their context', () => {
    expect(
      describeChange(
        'Een studie van 373 patiënten liet geen effect zien van langdurige behandeling op de achteruitgang.',
        'Een studie van 373 patiënten liet weinig effect zien van langdurige behandeling op de achteruitgang.',
      ),
    ).toBe('… van 373 patiënten liet [−geen] [+weinig] effect zien van langdurige …');
  });
});
