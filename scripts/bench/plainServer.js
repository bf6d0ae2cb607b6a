import { createServer } from 'node:http';
import { brotliCompressSync } from 'node:zlib';

/**
 * Serves one page, Brotli-compressed as our server sends pages, at /.
 * @param {string} html
 * @param {number} port
 * @returns {Promise<import('node:http').Server>}
 */
export function servePlainPage(html, port) {
  const body = brotliCompressSync(html);
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'br', 'Cache-Control': 'no-cache' });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(port, 'localhost', () => resolve(server)));
}
