import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { currentLocation, renderApp } from './renderApp';

describe('the contents', () => {
  it('is a navigation landmark listing every section in reading order', () => {
    renderApp('/nl/vitamine-b12-en-als/');
    const contents = screen.getByRole('navigation', { name: 'Inhoud van dit artikel' });
    expect(within(contents).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Te weinig, wat nu?',
      'ALS en vitamine B12',
      'Zijn vitamine B12-injecties zinvol bij ALS?',
      'Meer informatie',
      'Bronvermeldingen',
    ]);
  });

  it('marks the section in the address as current', () => {
    renderApp('/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als');
    const contents = screen.getByRole('navigation', { name: 'Contents of this article' });
    expect(within(contents).getByRole('link', { name: 'Are vitamin B12 injections useful in ALS?' })).toHaveAttribute(
      'aria-current',
      'location',
    );
    expect(within(contents).getByRole('link', { name: 'References' })).not.toHaveAttribute('aria-current');
  });

  it('opens from the phone disclosure, and closes again once a section is chosen', async () => {
    const user = userEvent.setup();
    renderApp('/nl/vitamine-b12-en-als/');
    const toggle = screen.getByText('Op deze pagina');
    const disclosure = toggle.closest('details');
    expect(disclosure).not.toHaveAttribute('open');
    await user.click(toggle);
    expect(disclosure).toHaveAttribute('open');
    await user.click(screen.getByRole('link', { name: 'Meer informatie' }));
    expect(disclosure).not.toHaveAttribute('open');
  });

  it('moves the address and the focus to the section it links to', async () => {
    const user = userEvent.setup();
    renderApp('/nl/vitamine-b12-en-als/');
    await user.click(screen.getByRole('link', { name: 'Meer informatie' }));
    expect(currentLocation.pathname).toBe('/nl/vitamine-b12-en-als/meer-informatie');
    expect(screen.getByRole('heading', { level: 2, name: 'Meer informatie' })).toHaveFocus();
  });

  it('goes to the section once: dropping the link’s fragment from the address neither scrolls nor focuses again', async () => {
    const user = userEvent.setup();
    renderApp('/nl/vitamine-b12-en-als/');
    const heading = screen.getByRole('heading', { level: 2, name: 'ALS en vitamine B12' });
    const scrolls = vi.spyOn(heading, 'scrollIntoView');
    const focuses = vi.spyOn(heading, 'focus');
    await user.click(screen.getByRole('link', { name: 'ALS en vitamine B12' }));
    expect(currentLocation).toEqual({ pathname: '/nl/vitamine-b12-en-als/als-en-vitamine-b12', hash: '' });
    expect(scrolls).toHaveBeenCalledTimes(1);
    expect(focuses).toHaveBeenCalledTimes(1);
  });

  it('focuses the section heading on a cold deep link, and accepts a slug from the other language', () => {
    renderApp('/en/vitamin-b12-and-als/als-en-vitamine-b12');
    expect(screen.getByRole('heading', { level: 2, name: 'ALS and vitamin B12' })).toHaveFocus();
    expect(currentLocation.pathname).toBe('/en/vitamin-b12-and-als/als-and-vitamin-b12');
  });
});
