import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { AppProviders } from '@/app/AppProviders';
import { createStaticStore } from '@/collection/store';
import { createI18n } from '@/i18n/createI18n';
import { renderer } from '@/entry-server';
import { renderApp, shippedCollection } from './renderApp';

// The shipped article: last reviewed 12 January 2023, next review due 12 January 2026.
const beforeDue = new Date(2025, 5, 1, 12);
const onDueDay = new Date(2026, 0, 12, 23, 30);
const afterDue = new Date(2026, 0, 13, 0, 30);

function readersClockAt(now: Date) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the review dates under the title', () => {
  beforeEach(() => readersClockAt(beforeDue));

  it('say when the article was updated and the month of its next review, in Dutch', () => {
    renderApp('/nl/vitamine-b12-en-als/');
    expect(screen.getByText('Laatst bijgewerkt op 12 januari 2023')).toBeInTheDocument();
    expect(screen.getByText('Volgende controle: januari 2026')).toHaveAttribute('datetime', '2026-01-12');
  });

  it('say the same in English', () => {
    renderApp('/en/vitamin-b12-and-als/');
    expect(screen.getByText('Last updated on 12 January 2023')).toBeInTheDocument();
    expect(screen.getByText('Next review: January 2026')).toBeInTheDocument();
  });

  it('put no notice up while the review is not yet due', () => {
    renderApp('/nl/vitamine-b12-en-als/');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});

describe('an overdue review, by the reader’s clock', () => {
  it('is not overdue on the day it is due', () => {
    readersClockAt(onDueDay);
    renderApp('/nl/vitamine-b12-en-als/');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('is told the day after, calmly, with when it was last checked and whom to ask', () => {
    readersClockAt(afterDue);
    renderApp('/nl/vitamine-b12-en-als/');
    const notice = screen.getByRole('note');
    expect(notice).toHaveTextContent(
      'Deze informatie is voor het laatst gecontroleerd op 12 januari 2023. Er kan sindsdien nieuw onderzoek zijn verschenen.',
    );
    expect(notice).toHaveTextContent('Bespreek behandelingen altijd met uw arts of uw zorgteam.');
  });

  it('is told in English on English pages, section pages included', () => {
    readersClockAt(afterDue);
    renderApp('/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als');
    const notice = screen.getByRole('note');
    expect(notice).toHaveTextContent('This information was last checked on 12 January 2023. Newer research may have appeared since.');
    expect(notice).toHaveTextContent('Always discuss treatments with your doctor or your care team.');
  });
});

describe('the prerendered page', () => {
  const render = (buildDay: string) => renderer(shippedCollection, buildDay).render('/nl/vitamine-b12-en-als/').html;
  const noticeText = 'Deze informatie is voor het laatst gecontroleerd op 12 januari 2023';

  it('carries the build day’s verdict, for readers without JavaScript', () => {
    expect(render('2026-01-12')).not.toContain(noticeText);
    expect(render('2026-01-13')).toContain(noticeText);
  });

  it('is judged again by the reader’s clock once the browser takes it over, without a hydration error', async () => {
    readersClockAt(beforeDue);
    const container = document.createElement('div');
    container.innerHTML = render('2026-11-25');
    document.body.append(container);
    expect(screen.getByRole('note')).toBeInTheDocument();
    const hydrationErrors = vi.fn();
    const { i18n } = createI18n('nl', { resources: shippedCollection.texts });
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(
        container,
        <AppProviders i18n={i18n} languages={shippedCollection.languages} store={createStaticStore(shippedCollection.articles)} buildDay="2026-11-25">
          <MemoryRouter initialEntries={['/nl/vitamine-b12-en-als/']}>
            <App />
          </MemoryRouter>
        </AppProviders>,
        { onRecoverableError: hydrationErrors },
      );
    });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(hydrationErrors).not.toHaveBeenCalled();
    // Nothing of the page may still be at work once the test's document is gone.
    act(() => root?.unmount());
    container.remove();
  });
});
