import { readCollection } from '../../scripts/collection/readCollection.js';
import { articlePath } from '../../src/routing/addresses';
import { expect, test } from './fixtures';

const collection = readCollection();
const source = collection.sourceLanguage;
const text = (language: string, id: string) => collection.texts[language]?.[id] as Record<string, unknown> & {
  title: string;
  author: { name: string; jobTitle?: string };
};

interface Person {
  '@type': string;
  name: string;
  jobTitle?: string;
  affiliation?: { '@type': string; name: string };
}
interface Identifier {
  propertyID: string;
  value: string;
}
interface StructuredData {
  '@context': string;
  '@type': string;
  url: string;
  headline: string;
  inLanguage: string;
  dateModified: string;
  lastReviewed: string;
  author: Person;
  publisher: { '@type': string; name: string };
  about: { '@type': string; name: string };
  citation: { '@type': string; name: string; datePublished: string; identifier: Identifier[] }[];
  translationOfWork?: { url: string; inLanguage: string };
}

const articlePages = collection.articles.flatMap((article) =>
  Object.keys(article.translations).flatMap((language) =>
    [null, ...article.sections.map((section) => section.id)].map((sectionId) => ({
      article,
      language,
      sectionId,
      path: articlePath(language, article, sectionId),
    })),
  ),
);

test('every prerendered article page carries its schema.org description, true to the content', async ({ request }) => {
  expect(articlePages.length).toBeGreaterThan(2);
  for (const { article, language, sectionId, path } of articlePages) {
    const html = await (await request.get(path)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
    expect(blocks, path).toHaveLength(1);
    const data = JSON.parse(blocks[0]?.[1] ?? '') as StructuredData;
    const own = text(language, article.id);

    expect(data['@context'], path).toBe('https://schema.org');
    expect(data['@type'], path).toBe('MedicalWebPage');
    expect(new URL(data.url).pathname, path).toBe(path);
    expect(data.headline, path).toBe(own.title);
    expect(data.inLanguage, path).toBe(language);
    expect(data.dateModified, path).toBe(article.dates.lastUpdated);
    expect(data.lastReviewed, path).toBe(article.dates.lastReviewed);
    expect(data.author, path).toMatchObject({ '@type': 'Person', name: own.author.name });
    if (own.author.jobTitle) expect(data.author.jobTitle, path).toBe(own.author.jobTitle);
    if (article.author.affiliation) {
      expect(data.author.affiliation, path).toEqual({ '@type': 'Organization', name: article.author.affiliation });
    }
    expect(data.publisher, path).toMatchObject({ '@type': 'Organization', name: 'ALS Centrum Nederland' });
    expect(data.about, path).toMatchObject({ '@type': 'MedicalCondition' });

    expect(data.citation.map((cited) => cited.name), path).toEqual(article.references.map((reference) => reference.title));
    for (const [index, reference] of article.references.entries()) {
      const cited = data.citation[index];
      expect(cited?.['@type']).toBe('ScholarlyArticle');
      expect(cited?.datePublished).toBe(String(reference.year));
      const identifiers = Object.fromEntries((cited?.identifier ?? []).map((id) => [id.propertyID, id.value]));
      expect(identifiers.DOI, `${path}: source ${reference.n}`).toBe(reference.doi);
      expect(identifiers.PMID, `${path}: source ${reference.n}`).toBe(reference.pmid);
    }

    if (language === source) {
      expect(data.translationOfWork, path).toBeUndefined();
    } else {
      // The original of a section's page is the same section's page in the source language.
      expect(data.translationOfWork?.inLanguage, path).toBe(source);
      expect(new URL(data.translationOfWork?.url ?? 'http://x/').pathname, path).toBe(articlePath(source, article, sectionId));
    }
  }
});

test('pages that are not an article carry none', async ({ request }) => {
  for (const path of ['/nl/404', '/en/offline/']) {
    expect(await (await request.get(path)).text(), path).not.toContain('application/ld+json');
  }
});

test('the data block passes the Content-Security-Policy without a warning', async ({ page }) => {
  // The fixture fails the test on any console error or warning, a CSP report included.
  const response = await page.goto('/en/vitamin-b12-and-als/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
});
