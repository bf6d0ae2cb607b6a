import { createServer, request as forward, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageProxyOptions {
  /** Answers a request itself, before it reaches the site: true when it has. */
  answer?: (request: IncomingMessage, response: ServerResponse) => boolean;
  /** Sends a page from the site on to the browser, changed as the test needs. */
  deliverPage: (page: string, status: number, headers: IncomingHttpHeaders, response: ServerResponse) => void;
}

export interface PageProxy {
  /** Where the browser opens the site through the proxy. */
  readonly origin: string;
  /** Ends every open connection, kept-alive ones too, so that the next request finds the proxy anew. */
  dropConnections(): void;
  close(): Promise<void>;
}

/**
 * A server between the browser and the site's, for tests that change how pages reach the browser.
 * Each page comes to `deliverPage` whole and uncompressed, with the site's status and headers, less
 * the length. Everything else passes through untouched: statuses, redirects, headers, the policy.
 */
export async function startPageProxy(upstreamOrigin: string, { answer, deliverPage }: PageProxyOptions): Promise<PageProxy> {
  const upstream = new URL(upstreamOrigin);
  const proxy = createServer((request, response) => {
    if (answer?.(request, response)) return;
    const outgoing = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        // Uncompressed, so that the page can be changed on its way through.
        headers: { ...request.headers, host: upstream.host, 'accept-encoding': 'identity' },
      },
      (incoming) => {
        const isPage = /^text\/html/i.test(incoming.headers['content-type'] ?? '') && request.method !== 'HEAD';
        if (!isPage) {
          response.writeHead(incoming.statusCode ?? 502, incoming.headers);
          incoming.pipe(response);
          return;
        }
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const headers: IncomingHttpHeaders = { ...incoming.headers };
          delete headers['content-length'];
          delete headers['transfer-encoding'];
          deliverPage(Buffer.concat(chunks).toString('utf8'), incoming.statusCode ?? 502, headers, response);
        });
      },
    );
    outgoing.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain' });
      response.end(`The test's proxy could not reach the site: ${error.message}`);
    });
    request.pipe(outgoing);
  });

  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, 'localhost', resolve);
  });
  const { port } = proxy.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    dropConnections: () => proxy.closeAllConnections(),
    close: () =>
      new Promise<void>((resolve) => {
        proxy.close(() => resolve());
        proxy.closeAllConnections();
      }),
  };
}
