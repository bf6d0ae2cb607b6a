/**
 * The yardstick for the app's speed: the same article as a plain HTML page, with the prerendered
 * page's words and markup but no script, no stylesheet and no image, in one compressed response.
 * @param {string} prerenderedHtml a page from dist/
 * @returns {string}
 */
export function plainPage(prerenderedHtml) {
  const language = /<html lang="([^"]+)"/.exec(prerenderedHtml)?.[1] ?? 'nl';
  const title = /<title>([^<]*)<\/title>/.exec(prerenderedHtml)?.[1] ?? '';
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(prerenderedHtml)?.[1];
  if (!main) throw new Error('The prerendered page has no <main> to take the article from.');
  const text = main.replace(/<img[^>]*>/g, '').replace(/<svg[\s\S]*?<\/svg>/g, '');
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main>${text}</main></body></html>`;
}
