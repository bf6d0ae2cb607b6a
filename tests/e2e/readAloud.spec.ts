import { untilSettled } from './citationSteps';
import { expect, openContents, test } from './fixtures';
import {
  cancels,
  fakeSpeech,
  finishSpeaking,
  highlightedText,
  speakingText,
  spoken,
  startSpeaking,
  type FakeVoice,
} from './fakeSpeech';
import { expectedSpeech } from './readAloudText';

const dutchVoices: FakeVoice[] = [
  { name: 'Engels', lang: 'en-GB' },
  { name: 'Vlaams', lang: 'nl-BE' },
  { name: 'Nederlands', lang: 'nl-NL' },
];
const englishVoices: FakeVoice[] = [
  { name: 'American', lang: 'en-US' },
  { name: 'British', lang: 'en-GB' },
  { name: 'Dutch', lang: 'nl-NL' },
];

const evenSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe('reading aloud, voice by voice', () => {
  test('reads the Dutch article in order, in Dutch, citations as words, in short utterances', async ({ page }) => {
    await fakeSpeech(page, { voices: dutchVoices, voicesLate: true, auto: true });
    await page.goto('/nl/vitamine-b12-en-als/');
    await page.getByRole('button', { name: 'Voorlezen', exact: true }).click();
    const player = page.getByRole('region', { name: 'Voorlezen' });
    await expect(player).toBeVisible();
    // The whole article, read to its end: the player then offers to read again.
    await expect(player.getByRole('button', { name: 'Verder' })).toBeVisible({ timeout: 15_000 });

    const utterances = await spoken(page);
    expect(evenSpaces(utterances.map((utterance) => utterance.text).join(' '))).toBe(expectedSpeech('nl'));
    expect(utterances.filter((utterance) => utterance.text.length > 300)).toEqual([]);
    expect(new Set(utterances.map((utterance) => `${utterance.voice} ${utterance.lang} ${utterance.rate}`))).toEqual(
      new Set(['Nederlands nl-NL 1']),
    );
    expect(utterances.map((utterance) => utterance.text).join(' ')).not.toMatch(/[[\]<>–]/);
  });

  test('reads the English article from a section, with an English voice, when asked from there', async ({ page }) => {
    await fakeSpeech(page, { voices: englishVoices, auto: true });
    await page.goto('/en/vitamin-b12-and-als/');
    await page.getByRole('button', { name: 'Listen from ‘ALS and vitamin B12’' }).click();
    const player = page.getByRole('region', { name: 'Listen' });
    await expect(player.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });

    const utterances = await spoken(page);
    expect(utterances[0]?.text).toBe('ALS and vitamin B12');
    expect(evenSpaces(utterances.map((utterance) => utterance.text).join(' '))).toBe(expectedSpeech('en', 'alsAndB12'));
    expect(new Set(utterances.map((utterance) => `${utterance.voice} ${utterance.lang}`))).toEqual(new Set(['British en-GB']));
  });

  test('starts at the section in the address', async ({ page }) => {
    await fakeSpeech(page, { voices: englishVoices });
    await page.goto('/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als');
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect.poll(() => speakingText(page)).toBe('Are vitamin B12 injections useful in ALS?');
  });

  test('starts at the first section on screen', async ({ page }) => {
    await fakeSpeech(page, { voices: englishVoices });
    await page.goto('/en/vitamin-b12-and-als/');
    await page.getByRole('heading', { name: 'Are vitamin B12 injections useful in ALS?' }).evaluate((heading) =>
      heading.scrollIntoView({ block: 'start', behavior: 'instant' }),
    );
    // As voice control or a switch does: a click that does not scroll the page first.
    await page.getByRole('button', { name: 'Listen', exact: true }).dispatchEvent('click');
    await expect.poll(() => speakingText(page)).toBe('Are vitamin B12 injections useful in ALS?');
  });

  test('a section’s “listen from here” while reading starts afresh there', async ({ page }) => {
    await fakeSpeech(page, { voices: englishVoices });
    await page.goto('/en/vitamin-b12-and-als/');
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect.poll(() => speakingText(page)).toBe('Vitamin B12 and ALS');
    await page.getByRole('button', { name: 'Listen from ‘More information’' }).click();
    await expect.poll(() => speakingText(page)).toBe('More information');
  });

  test('gives focus back to “Listen” on stop, even when the press gave focus nothing', async ({ page }) => {
    await fakeSpeech(page, { voices: englishVoices });
    await page.goto('/en/vitamin-b12-and-als/');
    // As voice control or a tap on iOS does: a click that focuses nothing.
    await page.getByRole('button', { name: 'Listen', exact: true }).dispatchEvent('click');
    const player = page.getByRole('region', { name: 'Listen' });
    await player.getByRole('button', { name: 'Stop' }).click();
    await expect(player).toBeHidden();
    await expect(page.getByRole('button', { name: 'Listen', exact: true })).toBeFocused();
  });

  test('reads the reference list only when asked for', async ({ page }) => {
    await fakeSpeech(page, { voices: englishVoices });
    await page.goto('/en/vitamin-b12-and-als/');
    await page.getByRole('button', { name: 'Listen from ‘References’' }).click();
    await expect.poll(() => speakingText(page)).toBe('References');
    await startSpeaking(page);
    await expect(page.getByRole('checkbox', { name: 'Also read the reference list' })).toBeChecked();
    await finishSpeaking(page);
    await expect.poll(() => speakingText(page)).toMatch(/^Source 1\. Hemendinger/);
  });

  test('adds the reference list when the reader ticks it, keeping the place', async ({ page }) => {
    await fakeSpeech(page, { voices: englishVoices });
    await page.goto('/en/vitamin-b12-and-als/');
    await page.getByRole('button', { name: 'Listen from ‘More information’' }).click();
    await expect.poll(() => speakingText(page)).toBe('More information');
    await page.getByRole('checkbox', { name: 'Also read the reference list' }).check();
    const said: (string | null)[] = [];
    for (let line = 0; line < 6 && said.at(-1) !== 'References'; line += 1) {
      await expect.poll(() => speakingText(page)).not.toBeNull();
      said.push(await speakingText(page));
      await startSpeaking(page);
      await finishSpeaking(page);
    }
    expect(said[0]).toBe('More information');
    expect(said.at(-1)).toBe('References');
    await expect.poll(() => speakingText(page)).toMatch(/^Source 1\. Hemendinger/);
  });
});

test.describe('the player', () => {
  test.beforeEach(async ({ page }) => {
    await fakeSpeech(page, { voices: dutchVoices });
  });

  test('nothing plays by itself, and the player’s code loads only when asked for', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/nl/vitamine-b12-en-als/');
    await page.waitForTimeout(500);
    expect(await spoken(page)).toEqual([]);
    expect(scripts.filter((path) => path.includes('ReadAloudPlayer'))).toEqual([]);
    await page.getByRole('button', { name: 'Voorlezen', exact: true }).click();
    await expect.poll(() => scripts.some((path) => path.includes('ReadAloudPlayer'))).toBe(true);
  });

  test('highlights the sentence whose speech has started, and moves with each start', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    await page.getByRole('button', { name: 'Voorlezen', exact: true }).click();
    await expect.poll(() => speakingText(page)).toBe('Vitamine B12 en ALS');
    expect(await highlightedText(page)).toBeNull();
    await startSpeaking(page);
    await expect.poll(() => highlightedText(page)).toBe('Vitamine B12 en ALS');
    await finishSpeaking(page);
    // The next sentence is asked for, but lights up only once the voice starts it.
    await expect.poll(() => speakingText(page)).toBe('Een tekort aan in- of opname van vitamine B12 kan leiden tot schade aan het zenuwstelsel.');
    expect(await highlightedText(page)).toBe('Vitamine B12 en ALS');
    await startSpeaking(page);
    await expect
      .poll(() => highlightedText(page))
      .toBe('Een tekort aan in- of opname van vitamine B12 kan leiden tot schade aan het zenuwstelsel.');
  });

  test('highlights a sentence with a citation without its mark, and keeps it on screen', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/als-en-vitamine-b12');
    await page.getByRole('button', { name: 'Voorlezen vanaf ‘ALS en vitamine B12’' }).click();
    for (const sentence of ['ALS en vitamine B12', /^Het vermoeden van een mogelijke relatie/]) {
      await expect.poll(() => speakingText(page)).toMatch(sentence);
      await startSpeaking(page);
      await finishSpeaking(page);
    }
    await expect.poll(() => speakingText(page)).toMatch(/dit tegen kan gaan, bron 1\.$/);
    await startSpeaking(page);
    await expect.poll(() => highlightedText(page)).toMatch(/^Hierbij werd gekeken .* dit tegen kan gaan \[1\]\s?\.$/);
    const onScreen = await page.evaluate(() => {
      const box = ([...(CSS.highlights.get('read-aloud') ?? [])][0] as Range | undefined)?.getBoundingClientRect();
      const player = document.querySelector('section[aria-label="Voorlezen"]')?.getBoundingClientRect();
      return Boolean(box && player && box.top >= 0 && box.bottom <= player.top);
    });
    expect(onScreen).toBe(true);
  });

  test('pause, resume, next, previous, speed and stop', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    const listen = page.getByRole('button', { name: 'Voorlezen', exact: true });
    await listen.click();
    const player = page.getByRole('region', { name: 'Voorlezen' });
    const title = 'Vitamine B12 en ALS';
    const lead1 = 'Een tekort aan in- of opname van vitamine B12 kan leiden tot schade aan het zenuwstelsel.';
    const lead2 = 'Maar wat doet vitamine B12?';
    await expect.poll(() => speakingText(page)).toBe(title);
    await startSpeaking(page);

    // Pause silences at once; resuming says the current sentence again from its start.
    await expect(player.getByRole('button', { name: 'Pauze' })).toBeFocused();
    const cancelsBefore = await cancels(page);
    await player.getByRole('button', { name: 'Pauze' }).click();
    expect(await cancels(page)).toBeGreaterThan(cancelsBefore);
    expect(await speakingText(page)).toBeNull();
    await player.getByRole('button', { name: 'Verder' }).click();
    expect(await speakingText(page)).toBe(title);

    await player.getByRole('button', { name: 'Volgende zin' }).click();
    expect(await speakingText(page)).toBe(lead1);
    await player.getByRole('button', { name: 'Volgende zin' }).click();
    expect(await speakingText(page)).toBe(lead2);
    await player.getByRole('button', { name: 'Vorige zin' }).click();
    expect(await speakingText(page)).toBe(lead1);

    // A new speed says the sentence again at once at that speed, and is remembered.
    await player.getByRole('combobox', { name: 'Snelheid' }).selectOption({ label: '1,5×' });
    const last = (await spoken(page)).at(-1);
    expect(last).toMatchObject({ text: lead1, rate: 1.5 });

    await player.getByRole('button', { name: 'Stoppen' }).click();
    await expect(player).toBeHidden();
    expect(await speakingText(page)).toBeNull();
    expect(await highlightedText(page)).toBeNull();
    await expect(listen).toBeFocused();

    await page.reload();
    await page.getByRole('button', { name: 'Voorlezen', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Snelheid' })).toHaveValue('1.5');
    await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.5);
  });

  test('offers the voices for the language, best first, and remembers the choice', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    await page.getByRole('button', { name: 'Voorlezen', exact: true }).click();
    const voice = page.getByRole('combobox', { name: 'Stem' });
    await expect(voice.getByRole('option')).toHaveText(['Nederlands', 'Vlaams']);
    await voice.selectOption({ label: 'Vlaams' });
    await expect.poll(async () => (await spoken(page)).at(-1)).toMatchObject({ voice: 'Vlaams', lang: 'nl-BE' });
    await page.reload();
    await page.getByRole('button', { name: 'Voorlezen', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Stem' })).toHaveValue('fake:Vlaams');
    await expect.poll(async () => (await spoken(page)).at(-1)?.voice).toBe('Vlaams');
  });

  test('leaving the page stops the voice: another section, another language, closing the page', async ({ page }) => {
    await page.goto('/nl/vitamine-b12-en-als/');
    await page.getByRole('button', { name: 'Voorlezen', exact: true }).click();
    await expect.poll(() => speakingText(page)).not.toBeNull();
    await startSpeaking(page);
    await openContents(page, 'Op deze pagina');
    await page.getByRole('navigation', { name: 'Inhoud van dit artikel' }).getByRole('link', { name: 'Meer informatie' }).click();
    await expect(page).toHaveURL(/\/meer-informatie$/);
    // The address changes first; the page that follows it stops the voice as it renders.
    await expect.poll(() => speakingText(page)).toBeNull();
    await expect(page.getByRole('region', { name: 'Voorlezen' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Voorlezen vanaf ‘Meer informatie’' }).click();
    await expect.poll(() => speakingText(page)).toBe('Meer informatie');
    await startSpeaking(page);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\//);
    await expect.poll(() => speakingText(page)).toBeNull();
    await expect(page.getByRole('region', { name: /Voorlezen|Listen/ })).toHaveCount(0);

    // pagehide: the tab closes or the browser leaves for another site.
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect.poll(() => speakingText(page)).not.toBeNull();
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
    expect(await speakingText(page)).toBeNull();
  });
});

test.describe('without a voice for the language', () => {
  test('says reading aloud is not available, and reads nothing with another language’s voice', async ({ page }) => {
    await fakeSpeech(page, { voices: [{ name: 'English', lang: 'en-GB' }], voicesLate: true });
    await page.goto('/nl/vitamine-b12-en-als/');
    await expect(page.getByText('Voorlezen is niet beschikbaar in deze browser')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Voorlezen/ })).toHaveCount(0);
    expect(await spoken(page)).toEqual([]);
  });

  test('offers no listen control while the browser may still list a voice, so none vanishes under focus', async ({ page }) => {
    // Every listen control the page ever held, prerendered ones included, named as a reader hears it.
    await page.addInitScript(() => {
      const seen = new Set<string>();
      Object.assign(window, { listenControlsSeen: seen });
      new MutationObserver(() => {
        for (const button of document.querySelectorAll('button')) {
          const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
          if (name.startsWith('Voorlezen')) seen.add(name);
        }
      }).observe(document, { childList: true, subtree: true });
    });
    // Speech, but no voice listed at all: the page waits for one, then gives up.
    await fakeSpeech(page, { voices: [] });
    await page.goto('/nl/vitamine-b12-en-als/');
    await expect(page.getByText('Voorlezen is niet beschikbaar in deze browser')).toBeVisible({ timeout: 10_000 });
    expect(await page.evaluate(() => [...(window as unknown as { listenControlsSeen: Set<string> }).listenControlsSeen])).toEqual([]);
  });

  test('says so in English where the browser has no speech at all', async ({ page }) => {
    await fakeSpeech(page, { voices: [], absent: true });
    await page.goto('/en/vitamin-b12-and-als/');
    await expect(page.getByText('Listening is not available in this browser')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Listen/ })).toHaveCount(0);
  });
});

test.describe('with the player open on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a citation’s sheet opens over the player, every source in sight', async ({ page }) => {
    await fakeSpeech(page, { voices: dutchVoices });
    await page.goto('/nl/vitamine-b12-en-als/als-en-vitamine-b12');
    await page.getByRole('button', { name: 'Voorlezen', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Voorlezen' })).toBeVisible();
    const citation = page.getByRole('button', { name: 'Bronnen 2 tot en met 4' }).first();
    await citation.click();
    const sheet = page.getByRole('dialog', { name: 'Bronnen 2 tot en met 4' });
    await expect(sheet).toBeVisible();
    // As a reader sees it once it has slid in: while it slides, its lower part is still off screen.
    await untilSettled(page, sheet, citation);
    // Each source's number is the topmost thing where it stands: not under the player.
    for (const number of ['2', '3', '4']) {
      const topmost = await sheet.getByText(`[${number}]`, { exact: true }).evaluate((mark) => {
        const box = mark.getBoundingClientRect();
        return mark.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
      });
      expect(topmost, `source ${number} in sight`).toBe(true);
    }
  });
});
