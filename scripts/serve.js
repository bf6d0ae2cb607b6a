// Serves the built site as a production host would: precompressed, hashed assets cached for a year,
// and unknown addresses answered with the not-found page in the reader's language and status 404.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import compression from 'compression';
import Negotiator from 'negotiator';
import sirv from 'sirv';
import { redirectFor } from '../src/routing/canonicalPath.js';
import { policyFile } from './contentSecurityPolicy.js';

const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? 'localhost';

if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(distDir, policyFile))) {
  console.error(`No build found in ${distDir}. Run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}

// A language is a folder of the build with its own not-found page.
const languages = readdirSync(distDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(distDir, entry.name, '404.html')))
  .map((entry) => entry.name);
/** @type {Map<string, Buffer>} */
const notFoundPages = new Map(languages.map((language) => [language, readFileSync(join(distDir, language, '404.html'))]));
const defaultNotFoundPage = readFileSync(join(distDir, '404.html'));

/**
 * The language of the address if it has one, else the best match for the browser.
 * @param {import('node:http').IncomingMessage} request
 */
function notFoundPageFor(request) {
  const firstSegment = (request.url ?? '/').split(/[/?#]/)[1] ?? '';
  if (notFoundPages.has(firstSegment)) return notFoundPages.get(firstSegment);
  const [preferred] = new Negotiator(request).languages(languages);
  return (preferred && notFoundPages.get(preferred)) || defaultNotFoundPage;
}

// Only this site's own files may run or load: no inline script, no eval, no other host. The build
// wrote the policy, with the hash of the one inline stylesheet (scripts/contentSecurityPolicy.js).
const securityHeaders = {
  'Content-Security-Policy': readFileSync(join(distDir, policyFile), 'utf8').trim(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** @param {import('node:http').ServerResponse} response */
function setSecurityHeaders(response) {
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
}

const serveStatic = sirv(distDir, {
  extensions: ['html'],
  etag: true,
  // The build writes .br and .gz files (scripts/precompress.js); compression() handles the rest.
  brotli: true,
  gzip: true,
  setHeaders(response, pathname) {
    setSecurityHeaders(response);
    response.setHeader(
      'Cache-Control',
      // Every file name under /assets/ holds a hash of its content (Vite's, and scripts/firstPaint.js's
      // for the later stylesheet), so those never change.
      pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  },
});
// Former addresses, and a language's start while it holds one article (scripts/prerender.js).
/** @type {Map<string, { to: string, status: number }>} */
const movedAddresses = new Map(
  JSON.parse(readFileSync(join(distDir, 'redirects.json'), 'utf8')).map(
    (/** @type {{ from: string, to: string, status: number }} */ { from, to, status }) => [from, { to, status }],
  ),
);

/**
 * Where to send the reader instead, with the query kept (the browser keeps the fragment itself):
 * every other form of a page's address (double slashes, capitals, index.html, a trailing slash)
 * goes to the one the app routes, and a former address to where its page is now, in one step.
 * @param {string} url
 * @returns {{ location: string, status: number } | undefined}
 */
function redirectOf(url) {
  const [pathname = '/', query] = url.split(/\?(.*)/s);
  const canonical = redirectFor(pathname) ?? pathname;
  const moved = movedAddresses.get(canonical);
  const target = moved?.to ?? canonical;
  if (target === pathname) return undefined;
  return { location: target + (query === undefined ? '' : `?${query}`), status: moved?.status ?? 301 };
}

// compression() is typed for Express, but only reads what a plain Node request and response have.
const compress = /** @type {(request: any, response: any, next: () => void) => void} */ (compression());

const server = createServer((request, response) => {
  const redirect = redirectOf(request.url ?? '/');
  if (redirect) {
    setSecurityHeaders(response);
    response.writeHead(redirect.status, { Location: redirect.location, 'Cache-Control': 'no-cache' }).end();
    return;
  }
  compress(request, response, () => {
    serveStatic(request, response, () => {
      response.statusCode = 404;
      setSecurityHeaders(response);
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', 'no-cache');
      response.end(request.method === 'HEAD' ? undefined : notFoundPageFor(request));
    });
  });
});

server.listen(port, host, () => {
  console.log(`Serving ${distDir} at http://${host}:${port}/`);
});
