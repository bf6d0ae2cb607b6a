import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/createI18n';
import { ExternalLink } from '@/site/ExternalLink';
import { renderApp, shippedCollection } from './renderApp';

function renderInDutch(element: React.ReactElement) {
  return render(<I18nextProvider i18n={createI18n('nl', { resources: shippedCollection.texts }).i18n}>{element}</I18nextProvider>);
}

describe('external links', () => {
  it('are marked as external, for eyes and for screen readers, and stay in the tab', () => {
    renderInDutch(<ExternalLink href="https://www.thuisarts.nl/">thuisarts.nl</ExternalLink>);
    const link = screen.getByRole('link', { name: 'thuisarts.nl (externe website)' });
    expect(link).toHaveAttribute('rel', 'external');
    expect(link).not.toHaveAttribute('target');
  });

  it('protect the opener and say so when they open a new tab', () => {
    renderInDutch(
      <ExternalLink href="https://www.thuisarts.nl/" newTab>
        thuisarts.nl
      </ExternalLink>,
    );
    const link = screen.getByRole('link', { name: 'thuisarts.nl (externe website) (opent in een nieuw tabblad)' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'external noopener noreferrer');
  });
});

describe('the article text', () => {
  it('links thuisarts.nl and ALS Centrum Nederland from the words the article links', () => {
    renderApp('/nl/vitamine-b12-en-als/');
    expect(screen.getByRole('link', { name: 'Lees meer op thuisarts.nl (externe website)' })).toHaveAttribute(
      'href',
      'https://www.thuisarts.nl/',
    );
    expect(
      screen.getByRole('link', { name: /^Bekijk het overzicht van artikelen over experimentele behandelingen/ }),
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.als-centrum\.nl\//));
    expect(screen.getByRole('link', { name: 'Laat het ons weten. (externe website)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.als-centrum\.nl\//),
    );
  });

  it('shows the last-updated date in each language’s own form', () => {
    renderApp('/nl/vitamine-b12-en-als/');
    expect(screen.getByText('Laatst bijgewerkt op 12 januari 2023')).toBeInTheDocument();
  });

  it('writes the date the English way in English', () => {
    renderApp('/en/vitamin-b12-and-als/');
    expect(screen.getByText('Last updated on 12 January 2023')).toBeInTheDocument();
  });

  it('draws the figure with a text alternative and a caption', () => {
    renderApp('/en/vitamin-b12-and-als/');
    expect(screen.getByRole('img', { name: 'injection' })).toBeInTheDocument();
    expect(screen.getByText('Vitamin B12 injections can raise the vitamin B12 level in the blood.')).toBeInTheDocument();
  });

  it('sets the key message apart as a labelled callout', () => {
    renderApp('/nl/vitamine-b12-en-als/');
    expect(screen.getByRole('complementary', { name: 'Kernboodschap' })).toHaveTextContent(
      'Er is onvoldoende bewijs dat vitamine B12-injecties een positief effect hebben bij ALS.',
    );
  });

});
