import { describe, expect, it } from 'vitest';
import { headTags, type SiteFacts } from '@/app/headTags';
import { articleMeta } from '@/article/articleMeta';
import { shippedArticleText, shippedCollection } from './renderApp';

const site: SiteFacts = {
  origin: 'https://example.org',
  sourceLanguage: 'nl',
  siteNames: { nl: 'Patiënteninformatie over ALS', en: 'Patient information on ALS' },
  formattingLocales: { nl: 'nl-NL', en: 'en-GB' },
};

const article = shippedCollection.articles[0]!;

function sectionPageIn(language: string) {
  return articleMeta(article, language, shippedArticleText(language), 'alsAndB12');
}

describe('headTags', () => {
  it('gives a section page its canonical address, every language and x-default', () => {
    const tags = headTags(sectionPageIn('en'), site);
    expect(tags).toContain('<title>ALS and vitamin B12 – Vitamin B12 and ALS</title>');
    expect(tags).toContain('<link rel="canonical" href="https://example.org/en/vitamin-b12-and-als/als-and-vitamin-b12" />');
    expect(tags).toContain('<link rel="alternate" hreflang="nl" href="https://example.org/nl/vitamine-b12-en-als/als-en-vitamine-b12" />');
    expect(tags).toContain('<link rel="alternate" hreflang="en" href="https://example.org/en/vitamin-b12-and-als/als-and-vitamin-b12" />');
    expect(tags).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://example.org/nl/vitamine-b12-en-als/als-en-vitamine-b12" />',
    );
  });

  it('describes the page for link previews in chat and social apps', () => {
    const tags = headTags(sectionPageIn('nl'), {
      ...site,
      imagePath: (page) => `/share/${page.language}/${page.articleId}.png`,
      imageAlt: () => 'Alt',
    });
    expect(tags).toEqual(
      expect.arrayContaining([
        '<meta property="og:title" content="ALS en vitamine B12 – Vitamine B12 en ALS" />',
        '<meta property="og:url" content="https://example.org/nl/vitamine-b12-en-als/als-en-vitamine-b12" />',
        '<meta property="og:site_name" content="Patiënteninformatie over ALS" />',
        '<meta property="og:locale" content="nl_NL" />',
        '<meta property="og:locale:alternate" content="en_GB" />',
        '<meta property="og:image" content="https://example.org/share/nl/vitamine-b12-en-als.png" />',
        '<meta property="og:image:width" content="1200" />',
        '<meta name="twitter:card" content="summary_large_image" />',
        '<meta name="twitter:image" content="https://example.org/share/nl/vitamine-b12-en-als.png" />',
      ]),
    );
    expect(tags.find((tag) => tag.startsWith('<meta property="og:description"'))).toBe(
      '<meta property="og:description" content="Het vermoeden van een mogelijke relatie tussen vitamine B12 en ALS komt onder andere voort uit de observaties van cel- en dieronderzoek naar ALS." />',
    );
  });

  it('holds the first paint until the element the page names has been parsed', () => {
    expect(headTags(sectionPageIn('en'), site)).toContain('<link rel="expect" href="#openAtSection" blocking="render" />');
    const articlePage = articleMeta(article, 'nl', shippedArticleText('nl'), null);
    expect(headTags(articlePage, site)).toContain('<link rel="expect" href="#te-weinig-wat-nu" blocking="render" />');
  });

  it('escapes text, so a title can never break out of its tag', () => {
    const tags = headTags({ language: 'en', title: 'A "quoted" <b> & title', description: '<script>' }, site);
    expect(tags).toEqual([
      '<title>A &quot;quoted&quot; &lt;b&gt; &amp; title</title>',
      '<meta name="description" content="&lt;script&gt;" />',
      '<meta name="robots" content="noindex" />',
    ]);
  });
});
