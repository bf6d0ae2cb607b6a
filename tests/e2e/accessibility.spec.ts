import english from '../../locales/en/vitamine-b12-en-als.json' with { type: 'json' };
import dutch from '../../locales/nl/vitamine-b12-en-als.json' with { type: 'json' };
import { fakeSpeech, finishSpeaking, highlightedText, speakingText, startSpeaking } from './fakeSpeech';
import { accessibilityViolations, expect, openContents, test } from './fixtures';

const sectionPaths = (language: string, article: { slug: string; sections: Record<string, { slug: string }> }) =>
  Object.values(article.sections).map(({ slug }) => `/${language}/${article.slug}/${slug}`);

// Every page a reader can land on: the article, each section, and a not-found page, in each language.
const routes = [
  '/nl/vitamine-b12-en-als/',
  ...sectionPaths('nl', dutch),
  '/nl/bestaat-niet',
  '/en/vitamin-b12-and-als/',
  ...sectionPaths('en', english),
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
