/**
 * Where the build puts the QR code of a page's address: /qr/nl/index.svg for /nl/,
 * /qr/nl/meer-informatie.svg for /nl/meer-informatie. The prerenderer writes them here.
 */
export function qrCodePath(pagePath: string): string {
  return `/qr${pagePath.endsWith('/') ? `${pagePath}index` : pagePath}.svg`;
}
