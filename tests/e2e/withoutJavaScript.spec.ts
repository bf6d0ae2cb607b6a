import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

const pages = [
  { path: '/nl/', title: 'Vitamine B12 en ALS', lastHeading: 'Bronvermeldingen', keyMessage: 'Er is onvoldoende bewijs' },
  { path: '/en/', title: 'Vitamin B12 and ALS', lastHeading: 'References', keyMessage: 'There is insufficient evidence' },
  {
    path: '/nl/als-en-vitamine-b12',
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

test('the contents work as plain links, landing on the section', async ({ page }) => {
  await page.goto('/nl/');
  const toggle = page.locator('summary', { hasText: 'Op deze pagina' });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByRole('navigation', { name: 'Inhoud van dit artikel' }).getByRole('link', { name: 'Meer informatie' }).click();
  await expect(page).toHaveURL('/nl/meer-informatie#meer-informatie');
  await expect(page.getByRole('heading', { level: 2, name: 'Meer informatie' })).toBeInViewport();
});
