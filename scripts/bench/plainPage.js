/**
 * The yardstick for the app's speed: the words of a page as plain HTML, and nothing else. Its headings
 * become h1 and h2 and every other block of text in <main> (paragraphs, captions, the key message, the
 * author, the sources) a p, with no attribute, no inline markup, no script, no image, and one short
 * style rule for the app's text size and measure, so that the largest block of text is the same in
 * both. Its icon is an empty data address, so that it makes no request but itself: a browser asks for
 * /favicon.ico once the page has loaded, which on a page this small comes before its first paint and
 * would make the yardstick slower at random.
 * @param {string} prerenderedHtml a page from dist/
 * @returns {string}
 */
export function plainPage(prerenderedHtml) {
  const language = /<html lang="([^"]+)"/.exec(prerenderedHtml)?.[1] ?? 'nl';
  const title = /<title>([^<]*)<\/title>/.exec(prerenderedHtml)?.[1] ?? '';
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(prerenderedHtml)?.[1];
  if (!main) throw new Error('The prerendered page has no <main> to take the article from.');
  const shown = main
    // Words no reader sees on screen: the print-only figure of the QR code, and helpers such as
    // "(external website)".
    .replace(/<figure\b(?:(?!<\/figure>)[\s\S])*?"\/qr\/[\s\S]*?<\/figure>/g, '')
    .replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '');
  /** @type {string[]} */
  const blocks = [];
  for (const [, tag, inner] of shown.matchAll(/<(h1|h2|h3|p|li|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const text = (inner ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const element = tag === 'h1' ? 'h1' : tag === 'h2' || tag === 'h3' ? 'h2' : 'p';
    blocks.push(`<${element}>${text}</${element}>`);
  }
  const style = 'body{margin:0 auto;max-width:41rem;padding:0 1rem;font:1.125rem/1.6 system-ui,sans-serif}';
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">' +
    `<title>${title}</title><style>${style}</style></head><body>${blocks.join('')}</body></html>`
  );
}
