import english from '../../locales/en/vitamine-b12-en-als.json' with { type: 'json' };
import dutch from '../../locales/nl/vitamine-b12-en-als.json' with { type: 'json' };
import { fakeSpeech, finishSpeaking, highlightedText, speakingText, startSpeaking } from './fakeSpeech';
import { accessibilityViolations, expect, openContents, test } from './fixtures';

// Every kind of page a reader can land on, in each language: an article, a section address and a
// not-found page. Each section address is the same article document, with another section current,
// so one of them stands for all.
const routes = [
  '/nl/vitamine-b12-en-als/',
  `/nl/vitamine-b12-en-als/${dutch.sections.references.slug}`,
  '/nl/bestaat-niet',
  '/en/vitamin-b12-and-als/',
  `/en/vitamin-b12-and-als/${english.sections.references.slug}`,
  '/en/not-a-page',
];

for (const path of routes) {
  test(`${path} has no WCAG 2.2 A/AA violations, in light and dark`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await accessibilityViolations(page), colorScheme).toEqual([]);
    }
  });
}

test('the open phone contents have no violations, in light and dark', async ({ page }) => {
  await page.goto('/nl/vitamine-b12-en-als/');
  test.skip(!(await page.locator('summary', { hasText: 'Op deze pagina' }).isVisible()), 'wide screens show the contents open, as on every page above');
  await openContents(page, 'Op deze pagina');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await accessibilityViolations(page), colorScheme).toEqual([]);
  }
});

test('the read-aloud player, open and reading, has no violations, in light and dark', async ({ page }) => {
  await fakeSpeech(page, { voices: [{ name: 'Xander', lang: 'nl-NL' }, { name: 'Ellen', lang: 'nl-BE' }] });
  // Each scheme from the start: a select switched between schemes while open can be caught by axe
  // half repainted, which no reader sees.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/nl/vitamine-b12-en-als/');
    await page.getByRole('button', { name: 'Voorlezen', exact: true }).click();
    await expect.poll(() => speakingText(page)).not.toBeNull();
    await startSpeaking(page);
    await finishSpeaking(page);
    await startSpeaking(page);
    await expect.poll(() => highlightedText(page)).not.toBeNull();
    await expect(page.getByRole('region', { name: 'Voorlezen' })).toBeVisible();
    expect(await accessibilityViolations(page), colorScheme).toEqual([]);
  }
});

test('without a voice for the page, the notice in place of the listen button has no violations', async ({ page }) => {
  await fakeSpeech(page, { voices: [{ name: 'Kate', lang: 'en-GB' }] });
  await page.goto('/nl/vitamine-b12-en-als/');
  await expect(page.getByText('Voorlezen is niet beschikbaar in deze browser')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await accessibilityViolations(page), colorScheme).toEqual([]);
  }
});
