import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

const pages = [
  { path: '/nl/vitamine-b12-en-als/', title: 'Vitamine B12 en ALS', lastHeading: 'Bronvermeldingen', keyMessage: 'Er is onvoldoende bewijs' },
  { path: '/en/vitamin-b12-and-als/', title: 'Vitamin B12 and ALS', lastHeading: 'References', keyMessage: 'There is insufficient evidence' },
  {
    path: '/nl/vitamine-b12-en-als/als-en-vitamine-b12',
    title: 'Vitamine B12 en ALS',
    lastHeading: 'Bronvermeldingen',
    keyMessage: 'Er is onvoldoende bewijs',
  },
];

for (const { path, title, lastHeading, keyMessage } of pages) {
  test(`${path} reads in full without JavaScript, sources included`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(5);
    await expect(page.getByRole('heading', { level: 2, name: lastHeading })).toBeAttached();
    await expect(page.getByText(keyMessage).first()).toBeAttached();
    for (let n = 1; n <= 7; n += 1) await expect(page.locator(`#ref-${n}`)).toBeAttached();
    await expect(page.locator('#ref-7')).toContainText('Oki, R., Izumi, Y.');
  });
}

test('the end of the article leaves no empty space where "cite this page" would be', async ({ page }) => {
  // The citation carries the day it is read, so only a script can write it.
  await page.goto('/nl/vitamine-b12-en-als/');
  const authorCard = await page.getByRole('complementary', { name: 'Over de auteur' }).boundingBox();
  const feedback = await page.getByText('Heeft u feedback op dit artikel?').boundingBox();
  if (!authorCard || !feedback) throw new Error('The author card or the feedback line is not on the page.');
  // One block's margin (2rem) apart, as any two blocks are.
  expect(feedback.y - (authorCard.y + authorCard.height)).toBeLessThanOrEqual(32.5);
});

test('the contents work as plain links, landing on the section', async ({ page }) => {
  await page.goto('/nl/vitamine-b12-en-als/');
  const toggle = page.locator('summary', { hasText: 'Op deze pagina' });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByRole('navigation', { name: 'Inhoud van dit artikel' }).getByRole('link', { name: 'Meer informatie' }).click();
  await expect(page).toHaveURL('/nl/vitamine-b12-en-als/meer-informatie#meer-informatie');
  await expect(page.getByRole('heading', { level: 2, name: 'Meer informatie' })).toBeInViewport();
});

test('on a plain static host, a former address still forwards to the new one', async ({ page }) => {
  // Our server answers it with a 301 (server.spec.ts); a host without rules serves the forwarding page.
  await page.route('**/en/are-vitamin-b12-injections-useful-in-als', (route) =>
    route.fulfill({ path: 'dist/en/are-vitamin-b12-injections-useful-in-als/index.html', contentType: 'text/html' }),
  );
  await page.goto('/en/are-vitamin-b12-injections-useful-in-als', { waitUntil: 'commit' });
  await expect(page).toHaveURL('/en/vitamin-b12-and-als/are-vitamin-b12-injections-useful-in-als');
  await expect(page.getByRole('heading', { level: 2, name: 'Are vitamin B12 injections useful in ALS?' })).toBeVisible();
});
