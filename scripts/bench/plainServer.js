import { createServer } from 'node:http';
import { brotliCompressSync } from 'node:zlib';

/**
 * Serves plain pages, Brotli-compressed as our server sends pages, each at its own path.
 * @param {Map<string, string>} pages path → HTML
 * @param {number} port
 * @returns {Promise<import('node:http').Server>}
 */
export function servePlainPages(pages, port) {
  const bodies = new Map([...pages].map(([path, html]) => [path, brotliCompressSync(html)]));
  const server = createServer((request, response) => {
    const body = bodies.get(request.url ?? '');
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'br', 'Cache-Control': 'no-cache' });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(port, 'localhost', () => resolve(server)));
}
