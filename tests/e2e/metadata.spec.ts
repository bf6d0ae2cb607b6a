import { expect, test } from './fixtures';

const pages = [
  {
    path: '/nl/vitamine-b12-en-als/',
    lang: 'nl',
    title: 'Vitamine B12 en ALS',
    description: 'Een tekort aan in- of opname van vitamine B12 kan leiden tot schade aan het zenuwstelsel.',
    alternates: { nl: '/nl/vitamine-b12-en-als/', en: '/en/vitamin-b12-and-als/', 'x-default': '/nl/vitamine-b12-en-als/' },
  },
  {
    path: '/en/vitamin-b12-and-als/',
    lang: 'en',
    title: 'Vitamin B12 and ALS',
    description: 'A deficiency in the intake or absorption of vitamin B12 can lead to damage to the nervous system.',
    alternates: { nl: '/nl/vitamine-b12-en-als/', en: '/en/vitamin-b12-and-als/', 'x-default': '/nl/vitamine-b12-en-als/' },
  },
  {
    path: '/nl/vitamine-b12-en-als/te-weinig-wat-nu',
    lang: 'nl',
    title: 'Te weinig, wat nu? – Vitamine B12 en ALS',
    description: 'Sommige mensen hebben een tekort aan vitamine B12.',
    alternates: { nl: '/nl/vitamine-b12-en-als/te-weinig-wat-nu', en: '/en/vitamin-b12-and-als/too-little-what-now', 'x-default': '/nl/vitamine-b12-en-als/te-weinig-wat-nu' },
  },
  {
    path: '/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als',
    lang: 'en',
    title: 'Are vitamin B12 injections useful in ALS? – Vitamin B12 and ALS',
    description:
      'It is important to realise that the neurological symptoms of a vitamin B12 deficiency do not resemble the symptoms of ALS.',
    alternates: {
      nl: '/nl/vitamine-b12-en-als/zijn-vitamine-b12-injecties-zinvol-bij-als',
      en: '/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als',
      'x-default': '/nl/vitamine-b12-en-als/zijn-vitamine-b12-injecties-zinvol-bij-als',
    },
  },
];

for (const expected of pages) {
  test(`${expected.path} is served with its own title, description, addresses and preview`, async ({ request }) => {
    // What a chat app reads: the served HTML, before any script runs.
    const html = await (await request.get(expected.path)).text();
    const origin = 'http://localhost:4173';
    expect(html).toContain(`<html lang="${expected.lang}">`);
    expect(html).toContain(`<title>${expected.title}</title>`);
    expect(html).toContain(`<meta name="description" content="${expected.description}" />`);
    expect(html).toContain(`<link rel="canonical" href="${origin}${expected.path}" />`);
    for (const [language, path] of Object.entries(expected.alternates)) {
      expect(html).toContain(`<link rel="alternate" hreflang="${language}" href="${origin}${path}" />`);
    }
    expect(html).toContain(`<meta property="og:title" content="${expected.title}" />`);
    expect(html).toContain(`<meta property="og:url" content="${origin}${expected.path}" />`);
  });
}

test('a not-found page asks not to be indexed and has no canonical address', async ({ request }) => {
  const html = await (await request.get('/en/no-such-page')).text();
  expect(html).toContain('<meta name="robots" content="noindex" />');
  expect(html).not.toContain('rel="canonical"');
});

for (const [language, article] of [
  ['nl', 'vitamine-b12-en-als'],
  ['en', 'vitamin-b12-and-als'],
]) {
  test(`the ${language} pages share a 1200 × 630 preview image of our own`, async ({ request }) => {
    const html = await (await request.get(`/${language}/${article}/`)).text();
    const imagePath = `/share/${language}/vitamine-b12-en-als.png`;
    expect(html).toContain(`<meta property="og:image" content="http://localhost:4173${imagePath}" />`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toMatch(/<meta property="og:image:alt" content="[^"]+" \/>/);

    const image = await request.get(imagePath);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    // The PNG header's IHDR chunk holds the width and height.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}
