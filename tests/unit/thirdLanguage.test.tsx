import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { checkLocales } from '../../scripts/i18n/checkLocales.js';
import { german } from '../fixtures/third-language/german';
import { currentLocation, renderApp } from './renderApp';

// As if a translator had added locales/de/ and nothing else.
vi.mock('@/i18n/localeFiles', async () => import('../fixtures/third-language/localeFiles'));

describe('a third language folder', () => {
  it('passes the locale check next to the real languages', () => {
    const localesDir = mkdtempSync(join(tmpdir(), 'locales-'));
    cpSync(resolve(__dirname, '../../locales'), localesDir, { recursive: true });
    mkdirSync(join(localesDir, 'de'));
    for (const [namespace, content] of Object.entries(german)) {
      writeFileSync(join(localesDir, 'de', `${namespace}.json`), JSON.stringify(content, null, 2));
    }
    const { problems } = checkLocales({ localesDir, sourceLanguage: 'nl', referenceNumbers: [1, 2, 3, 4, 5, 6, 7] });
    expect(problems).toEqual([]);
  });

  it('appears in the language switch, named in its own language', () => {
    renderApp('/nl/');
    const languages = within(screen.getByRole('navigation', { name: 'Taal' })).getAllByRole('link');
    expect(languages.map((link) => [link.textContent, link.getAttribute('lang')])).toEqual([
      ['Nederlands', 'nl'],
      ['Deutsch', 'de'],
      ['English', 'en'],
    ]);
  });

  it('answers at its own addresses, with <html lang> set', async () => {
    const user = userEvent.setup();
    renderApp('/de/als-und-vitamin-b12');
    expect(screen.getByRole('heading', { level: 1, name: 'Vitamin B12 und ALS' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'ALS und Vitamin B12' })).toHaveFocus();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByText('Zuletzt aktualisiert am 12. Januar 2023')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Nederlands' }));
    expect(currentLocation.pathname).toBe('/nl/als-en-vitamine-b12');
  });

  it('accepts its slugs under the other languages too', () => {
    renderApp('/en/weitere-informationen');
    expect(screen.getByRole('heading', { level: 2, name: 'More information' })).toHaveFocus();
  });
});
