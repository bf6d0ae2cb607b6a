import { describe, expect, it } from 'vitest';
import { articleMeta, firstSentence, plainText } from '@/app/pageMeta';
import { createI18n } from '@/i18n/createI18n';

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
    const t = createI18n('nl').getFixedT('nl', 'article');
    expect(articleMeta('nl', t, null)).toEqual({
      language: 'nl',
      title: 'Vitamine B12 en ALS',
      description:
        'Een tekort aan in- of opname van vitamine B12 kan leiden tot schade aan het zenuwstelsel.',
      addresses: { canonical: '/nl/', alternates: { nl: '/nl/', en: '/en/' } },
    });
  });

  it('names a section page after its section and describes it by its first sentence', () => {
    const t = createI18n('en').getFixedT('en', 'article');
    expect(articleMeta('en', t, 'deficiency')).toEqual({
      language: 'en',
      title: 'Too little: what now? – Vitamin B12 and ALS',
      description: 'Some people have a vitamin B12 deficiency.',
      addresses: {
        canonical: '/en/too-little-what-now',
        alternates: { nl: '/nl/te-weinig-wat-nu', en: '/en/too-little-what-now' },
      },
    });
  });

  it('describes a section without paragraphs by the article’s lead', () => {
    const t = createI18n('en').getFixedT('en', 'article');
    expect(articleMeta('en', t, 'references').description).toBe(
      'A deficiency in the intake or absorption of vitamin B12 can lead to damage to the nervous system.',
    );
  });
});
