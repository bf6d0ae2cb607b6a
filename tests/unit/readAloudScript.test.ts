import { describe, expect, it } from 'vitest';
import type { Article } from '@/collection/article';
import { createI18n } from '@/i18n/createI18n';
import { articleScript, firstLineOf } from '@/readAloud/articleScript';
import { scriptWords } from '@/readAloud/scriptWords';
import { shippedArticleText, shippedCollection } from './renderApp';

const article = shippedCollection.articles[0] as Article;

function script(language: string, withReferences = false) {
  const { i18n } = createI18n(language, { resources: shippedCollection.texts });
  return articleScript(article, scriptWords(i18n.getFixedT(language, 'ui'), shippedArticleText(language)), withReferences);
}

const spokenText = (language: string, withReferences = false) =>
  script(language, withReferences)
    .map((line) => line.spoken)
    .join(' ');

describe('articleScript', () => {
  it.each(['nl', 'en'])('reads the %s article in order: title, lead, introduction, headings, paragraphs, caption, key message', (language) => {
    const text = shippedArticleText(language);
    const spoken = spokenText(language);
    const inOrder = [
      text('title'),
      text('lead'),
      text('sections.deficiency.heading'),
      text('sections.deficiency.figureCaption'),
      text('sections.alsAndB12.heading'),
      text('sections.injections.keyMessage'),
      text('sections.moreInformation.heading'),
    ].map((part) => spoken.indexOf(part));
    expect(inOrder.every((position) => position >= 0)).toBe(true);
    expect([...inOrder].sort((a, b) => a - b)).toEqual(inOrder);
  });

  it('says citations as words of the page’s language, and never a bracket, dash or tag', () => {
    expect(spokenText('nl')).toContain('verhoogd zijn, bronnen 2 tot en met 4, en vitamine B12');
    expect(spokenText('en')).toContain('can be raised, sources 2 to 4, and vitamin B12');
    expect(spokenText('en')).toContain('counteract it, source 1.');
    for (const language of ['nl', 'en']) expect(spokenText(language)).not.toMatch(/[[\]<>–]/);
  });

  it('keeps every utterance short enough for Chrome’s voices', () => {
    for (const language of ['nl', 'en']) {
      for (const line of script(language, true)) expect(line.spoken.length).toBeLessThanOrEqual(300);
    }
  });

  it('reads the reference list only when asked for', () => {
    const firstSource = article.references[0]?.asPrinted.split('.')[0] ?? 'missing';
    expect(spokenText('nl')).not.toContain(firstSource);
    expect(spokenText('nl')).not.toContain('Bronvermeldingen');
    expect(spokenText('nl', true)).toContain(`Bronvermeldingen Bron 1. ${firstSource}`);
  });

  it('starts a section at its heading', () => {
    const lines = script('en');
    expect(lines[firstLineOf(lines, 'alsAndB12')]?.spoken).toBe('ALS and vitamin B12');
    expect(firstLineOf(lines, null)).toBe(0);
  });
});
