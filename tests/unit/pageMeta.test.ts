import { describe, expect, it } from 'vitest';
import { articleMeta } from '@/article/articleMeta';
import { firstSentence, plainText } from '@/layout/pageMeta';
import { shippedArticleText, shippedCollection } from './renderApp';

const article = shippedCollection.articles[0]!;

describe('page metadata', () => {
  it('drops named tags and citations from text', () => {
    expect(plainText('kan verhoogd zijn <cite>2-4</cite>, en <link>lees meer</link>.')).toBe(
      'kan verhoogd zijn, en lees meer.',
    );
  });

  it('takes the first sentence', () => {
    expect(firstSentence('Een tekort. Maar wat doet het?')).toBe('Een tekort.');
    expect(firstSentence('Geen punt')).toBe('Geen punt');
  });

  it('describes the article by its lead, under its title', () => {
    expect(articleMeta(article, 'nl', shippedArticleText('nl'), null)).toEqual({
      language: 'nl',
      title: 'Vitamine B12 en ALS',
      description:
        'Een tekort aan in- of opname van vitamine B12 kan leiden tot schade aan het zenuwstelsel.',
      addresses: { canonical: '/nl/vitamine-b12-en-als/', alternates: { nl: '/nl/vitamine-b12-en-als/', en: '/en/vitamin-b12-and-als/' } },
      articleId: 'vitamine-b12-en-als',
      firstPaintAwaits: 'te-weinig-wat-nu',
    });
  });

  it('names a section page after its section and describes it by its first sentence', () => {
    expect(articleMeta(article, 'en', shippedArticleText('en'), 'deficiency')).toEqual({
      language: 'en',
      title: 'Too little: what now? – Vitamin B12 and ALS',
      description: 'Some people have a vitamin B12 deficiency.',
      addresses: {
        canonical: '/en/vitamin-b12-and-als/too-little-what-now',
        alternates: { nl: '/nl/vitamine-b12-en-als/te-weinig-wat-nu', en: '/en/vitamin-b12-and-als/too-little-what-now' },
      },
      articleId: 'vitamine-b12-en-als',
      firstPaintAwaits: 'openAtSection',
    });
  });

  it('holds the article’s first paint for its first section’s heading, by the id it has in the page’s language', () => {
    expect(articleMeta(article, 'en', shippedArticleText('en'), null).firstPaintAwaits).toBe('too-little-what-now');
  });

  it('describes a section without paragraphs by the article’s lead', () => {
    expect(articleMeta(article, 'en', shippedArticleText('en'), 'references').description).toBe(
      'A deficiency in the intake or absorption of vitamin B12 can lead to damage to the nervous system.',
    );
  });
});
