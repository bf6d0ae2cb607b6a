import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../scripts/collection/readCollection.js';
import { checkProject } from '../../scripts/i18n/checkProject.js';
import { german } from '../fixtures/third-language/german';
import { currentLocation, renderApp } from './renderApp';

// As if a translator had added locales/de/ and nothing else.
const localesDir = mkdtempSync(join(tmpdir(), 'locales-'));
cpSync(resolve(__dirname, '../../locales'), localesDir, { recursive: true });
mkdirSync(join(localesDir, 'de'));
for (const [file, content] of Object.entries(german)) {
  writeFileSync(join(localesDir, 'de', file), JSON.stringify(content, null, 2));
}
const withGerman = readCollection({ localesDir });

describe('a third language folder', () => {
  it('passes the locale check next to the real languages', () => {
    const { problems } = checkProject({ localesDir, contentDir: resolve(__dirname, '../../content'), sourceLanguage: 'nl' });
    expect(problems).toEqual([]);
  });

  it('appears in the language switch, named in its own language', () => {
    renderApp('/nl/vitamine-b12-en-als/', withGerman);
    const languages = within(screen.getByRole('navigation', { name: 'Taal' })).getAllByRole('link');
    expect(languages.map((link) => [link.textContent, link.getAttribute('lang')])).toEqual([
      ['Nederlands', 'nl'],
      ['Deutsch', 'de'],
      ['English', 'en'],
    ]);
  });

  it('answers at its own addresses, with <html lang> set', async () => {
    const user = userEvent.setup();
    renderApp('/de/vitamin-b12-und-als/als-und-vitamin-b12', withGerman);
    expect(screen.getByRole('heading', { level: 1, name: 'Vitamin B12 und ALS' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'ALS und Vitamin B12' })).toHaveFocus();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByText('Zuletzt aktualisiert am 12. Januar 2023')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Nederlands' }));
    expect(currentLocation.pathname).toBe('/nl/vitamine-b12-en-als/als-en-vitamine-b12');
  });

  it('accepts its slugs under the other languages too', () => {
    renderApp('/en/vitamin-b12-and-als/weitere-informationen', withGerman);
    expect(screen.getByRole('heading', { level: 2, name: 'More information' })).toHaveFocus();
  });
});
