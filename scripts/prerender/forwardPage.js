/**
 * The page a plain static host serves at a former address: it forwards at once (public/forward.js
 * keeps the fragment; the meta refresh works without JavaScript) and offers the link besides.
 * @param {{ to: string, absoluteTo: string, language: string, escapeHtml: (text: string) => string }} page
 */
export function forwardPage({ to, absoluteTo, language, escapeHtml }) {
  const address = escapeHtml(to);
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <script src="/forward.js" data-to="${address}"></script>
    <meta http-equiv="refresh" content="0; url=${address}" />
    <link rel="canonical" href="${escapeHtml(absoluteTo)}" />
    <meta name="robots" content="noindex" />
    <title>${address}</title>
  </head>
  <body>
    <p><a href="${address}">${escapeHtml(absoluteTo)}</a></p>
  </body>
</html>
`;
}
