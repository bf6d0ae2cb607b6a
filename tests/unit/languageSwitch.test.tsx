import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentLocation, renderApp } from './renderApp';

describe('the language switch', () => {
  it('names each language in that language, with lang on the link', () => {
    renderApp('/nl/vitamine-b12-en-als/');
    const languageNav = screen.getByRole('navigation', { name: 'Taal' });
    expect(within(languageNav).getByRole('link', { name: 'Nederlands' })).toHaveAttribute('lang', 'nl');
    expect(within(languageNav).getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(within(languageNav).getByRole('link', { name: 'Nederlands' })).toHaveAttribute('aria-current', 'page');
  });

  it('switches without a reload, keeps the section, and updates lang, title and description', async () => {
    const user = userEvent.setup();
    renderApp('/nl/vitamine-b12-en-als/als-en-vitamine-b12');
    expect(document.title).toBe('ALS en vitamine B12 – Vitamine B12 en ALS');

    await user.click(screen.getByRole('link', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Vitamin B12 and ALS' })).toBeInTheDocument();
    expect(currentLocation.pathname).toBe('/en/vitamin-b12-and-als/als-and-vitamin-b12');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('ALS and vitamin B12 – Vitamin B12 and ALS');
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      'The suspicion of a possible relationship between vitamin B12 and ALS stems in part from observations in cell and animal research on ALS.',
    );
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeInTheDocument();
  });

  it('remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp('/nl/vitamine-b12-en-als/');
    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(window.localStorage.getItem('preferred-language')).toBe('en');
  });

  it('tells English readers the text is a translation, and links the Dutch original', () => {
    renderApp('/en/vitamin-b12-and-als/');
    const original = screen.getByRole('link', { name: 'Read the original in Dutch.' });
    expect(original).toHaveAttribute('href', '/nl/vitamine-b12-en-als/');
    expect(original).toHaveAttribute('lang', 'nl');
  });

  it('shows no translation notice on the Dutch original', () => {
    renderApp('/nl/vitamine-b12-en-als/');
    expect(screen.queryByText(/vertaling/)).not.toBeInTheDocument();
  });
});
