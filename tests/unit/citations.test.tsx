import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

const citationsInReadingOrder = [
  { text: '[1]', nl: 'Bron 1', en: 'Reference 1', references: [1] },
  { text: '[2–4]', nl: 'Bronnen 2 tot en met 4', en: 'References 2 to 4', references: [2, 3, 4] },
  { text: '[2]', nl: 'Bron 2', en: 'Reference 2', references: [2] },
  { text: '[5–7]', nl: 'Bronnen 5 tot en met 7', en: 'References 5 to 7', references: [5, 6, 7] },
  { text: '[6]', nl: 'Bron 6', en: 'Reference 6', references: [6] },
  { text: '[7]', nl: 'Bron 7', en: 'Reference 7', references: [7] },
];

// The popover is loaded on first use; transforming it here the first time can take longer than a
// query waits, and that is not what these tests are about.
beforeAll(() => import('@/citations/CitationDialog'), 30_000);

describe('an inline citation', () => {
  it.each(['nl', 'en'] as const)('reads naturally in %s, in reading order', (language) => {
    renderApp(`/${language}/`);
    const citations = screen.getAllByRole('button', { name: /^(Bronnen|Bron|References|Reference) \d/ });
    expect(citations.map((button) => [button.textContent, button.getAttribute('aria-label')])).toEqual(
      citationsInReadingOrder.map((citation) => [citation.text, citation[language]]),
    );
  });

  it('is a closed dialog trigger that points at nothing while closed', () => {
    renderApp('/nl/vitamine-b12-en-als/');
    const citation = screen.getByRole('button', { name: 'Bronnen 2 tot en met 4' });
    expect(citation).toHaveAttribute('type', 'button');
    expect(citation).toHaveAttribute('aria-haspopup', 'dialog');
    expect(citation).toHaveAttribute('aria-expanded', 'false');
    expect(citation).not.toHaveAttribute('aria-controls');
  });

  it('opens a labelled dialog that aria-controls points at, and never at a missing element', async () => {
    const user = userEvent.setup();
    renderApp('/nl/vitamine-b12-en-als/');
    const citation = screen.getByRole('button', { name: 'Bronnen 2 tot en met 4' });
    await user.click(citation);

    const dialog = await screen.findByRole('dialog', { name: 'Bronnen 2 tot en met 4' });
    expect(citation).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(citation).toHaveAttribute('aria-controls', dialog.id));
    expect(document.getElementById(citation.getAttribute('aria-controls') ?? '')).toBe(dialog);

    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(citation).toHaveAttribute('aria-expanded', 'false');
    expect(citation).not.toHaveAttribute('aria-controls');
  });

  it('moves focus into the dialog when opened by keyboard, and back on Escape', async () => {
    const user = userEvent.setup();
    renderApp('/en/vitamin-b12-and-als/');
    const citation = screen.getByRole('button', { name: 'Reference 6' });
    citation.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Reference 6' });
    await waitFor(() => expect(dialog).toHaveFocus());

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(citation).toHaveFocus());
  });

  it('keeps only one popover open at a time', async () => {
    const user = userEvent.setup();
    renderApp('/en/vitamin-b12-and-als/');
    await user.click(screen.getByRole('button', { name: 'Reference 1' }));
    await screen.findByRole('dialog', { name: 'Reference 1' });
    await user.click(screen.getByRole('button', { name: 'References 5 to 7' }));
    await screen.findByRole('dialog', { name: 'References 5 to 7' });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it.each(citationsInReadingOrder)('$text lists exactly the sources it cites', async ({ en, references }) => {
    const user = userEvent.setup();
    renderApp('/en/vitamin-b12-and-als/');
    await user.click(screen.getByRole('button', { name: en }));
    const dialog = await screen.findByRole('dialog', { name: en });
    const entries = within(dialog).getAllByRole('listitem');
    expect(entries.map((entry) => entry.textContent?.match(/^\[(\d+)\]/)?.[1])).toEqual(references.map(String));
  });

  it('on a phone, shows number, first author, year, title, where, the kind of study and the links of each source', async () => {
    const user = userEvent.setup();
    renderApp('/nl/vitamine-b12-en-als/');
    await user.click(screen.getByRole('button', { name: 'Bron 7' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bron 7' });
    expectWholeSource7(dialog);
    expect(dialog).toHaveTextContent(/^Bron 7\[7\] Oki, R\. e\.a\. \(2022\)Efficacy and Safety/);
    expect(dialog).toHaveTextContent('JAMA Neurology 79(6):575-583 · Soort onderzoek: gerandomiseerde klinische studie, 130 patiënten');
  });

  it('beside the text on a wide screen, shows the first three authors as well', async () => {
    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) => ({ matches: query === '(min-width: 40rem)', media: query, addEventListener: () => {}, removeEventListener: () => {} }) as unknown as MediaQueryList,
    );
    try {
      const user = userEvent.setup();
      renderApp('/nl/vitamine-b12-en-als/');
      await user.click(screen.getByRole('button', { name: 'Bron 7' }));
      const dialog = await screen.findByRole('dialog', { name: 'Bron 7' });
      expectWholeSource7(dialog);
      expect(dialog).toHaveTextContent('Oki, R.; Izumi, Y.; Fujita, K. e.a. (2022)');
      expect(dialog).toHaveTextContent('JAMA Neurology 79(6):575-583');
      expect(dialog).toHaveTextContent('Soort onderzoek: gerandomiseerde klinische studie, 130 patiënten');
    } finally {
      matchMedia.mockRestore();
    }
  });
});

/** Title and every link of source 7, as both the sheet and the popover show them. */
function expectWholeSource7(dialog: HTMLElement) {
  expect(dialog).toHaveTextContent('Efficacy and Safety of Ultrahigh-Dose Methylcobalamin');
  expect(within(dialog).getByRole('link', { name: 'DOI (externe website)' })).toHaveAttribute(
    'href',
    'https://doi.org/10.1001/jamaneurol.2022.0901',
  );
  expect(within(dialog).getByRole('link', { name: 'PubMed (externe website)' })).toHaveAttribute(
    'href',
    'https://pubmed.ncbi.nlm.nih.gov/35532908/',
  );
  expect(within(dialog).getByRole('link', { name: 'Volledige tekst (PMC) (externe website)' })).toHaveAttribute(
    'href',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC9086935/',
  );
  expect(within(dialog).getByRole('link', { name: 'Naar de bronnenlijst (bron 7)' })).toHaveAttribute(
    'href',
    '/nl/vitamine-b12-en-als/#ref-7',
  );
}

/** What a sighted reader sees: the text without what only screen readers get. */
function visibleText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

describe('the reference list', () => {
  it('numbers all seven sources, each deep-linkable and printed as the article prints it', () => {
    renderApp('/nl/vitamine-b12-en-als/');
    const list = screen.getByRole('heading', { name: 'Bronvermeldingen' }).closest('section')?.querySelector('ol');
    expect(list?.children).toHaveLength(7);
    for (let n = 1; n <= 7; n += 1) expect(document.getElementById(`ref-${n}`)?.closest('ol')).toBe(list);
    expect(document.getElementById('ref-6')).toHaveTextContent(/^Kaji, R., Imai, T./);
  });

  it('links back to every place a source is cited: twice for source 2', () => {
    renderApp('/nl/vitamine-b12-en-als/');
    const entry = document.getElementById('ref-2') as HTMLElement;
    const backlinks = within(entry).getAllByRole('link', { name: /^Terug naar de tekst/ });
    expect(backlinks[0]).toHaveAccessibleName('Terug naar de tekst in ‘ALS en vitamine B12’ (a)');
    expect(backlinks[1]).toHaveAccessibleName('Terug naar de tekst in ‘ALS en vitamine B12’ (b)');
    expect(backlinks.map((link) => link.getAttribute('href'))).toEqual([
      '/nl/vitamine-b12-en-als/#cite-alsAndB12-evidence-2',
      '/nl/vitamine-b12-en-als/#cite-alsAndB12-evidence-3',
    ]);
    expect(document.getElementById('cite-alsAndB12-evidence-3')).toHaveAccessibleName('Bron 2');
    // Wikipedia's compact form on screen: "↑ a b".
    expect(backlinks.map(visibleText)).toEqual(['a', 'b']);
    expect(visibleText(backlinks[0]?.parentElement?.parentElement as HTMLElement)).toBe('↑ab');
  });

  it('shows a source cited once as a lone arrow, named after where it leads', () => {
    renderApp('/en/vitamin-b12-and-als/');
    const backlink = within(document.getElementById('ref-1') as HTMLElement).getByRole('link', {
      name: 'Back to the text in ‘ALS and vitamin B12’',
    });
    expect(visibleText(backlink)).toBe('↑');
    expect(backlink).toHaveAttribute('href', '/en/vitamin-b12-and-als/#cite-alsAndB12-evidence-1');
  });

  it('gives each source the same links as its popover', () => {
    renderApp('/en/vitamin-b12-and-als/');
    const entry = document.getElementById('ref-3') as HTMLElement;
    expect(within(entry).getByRole('link', { name: 'Search PubMed (external website)' })).toHaveAttribute(
      'href',
      'https://pubmed.ncbi.nlm.nih.gov/?term=%22Elevated%20cerebrospinal%20fluid%20and%20plasma%20homocysteine%20levels%20in%20ALS%22%5BTitle%5D',
    );
  });
});
