import { createServer, request as forward, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StallingProxy {
  /** Where the browser opens the site through the proxy. */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Between the browser and the site's server: sends each page up to the first occurrence of `mark`,
 * then holds the rest back for `pauseMs`, as a weak mobile signal does. Chromium paints what has
 * arrived once its parser runs out of page, unless the page has asked it to wait. Everything else
 * passes through untouched.
 */
export async function startStallingProxy(upstreamOrigin: string, mark: string, pauseMs: number): Promise<StallingProxy> {
  const upstream = new URL(upstreamOrigin);
  const proxy = createServer((request, response) => {
    const outgoing = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        // Uncompressed, so that the page can be cut at its mark.
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
          const page = Buffer.concat(chunks).toString('utf8');
          const cut = page.indexOf(mark);
          if (cut < 0) {
            response.writeHead(502, { 'Content-Type': 'text/plain' }).end(`The page has no ${mark} to stall at.`);
            return;
          }
          const headers: IncomingHttpHeaders = { ...incoming.headers };
          delete headers['content-length'];
          response.writeHead(incoming.statusCode ?? 502, headers);
          response.write(page.slice(0, cut));
          setTimeout(() => response.end(page.slice(cut)), pauseMs);
        });
      },
    );
    outgoing.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain' });
      response.end(`The stalling proxy could not reach the site: ${error.message}`);
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
    close: () =>
      new Promise<void>((resolve) => {
        proxy.close(() => resolve());
        proxy.closeAllConnections();
      }),
  };
}
