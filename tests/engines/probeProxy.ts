import { createServer, request as forward, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { installProblemProbe } from './problemProbe';

const probePath = '/__engine-probe.js';
const probeScript = `(${installProblemProbe.toString()})('all');\n`;
const probeTag = `<script src="${probePath}"></script>`;

export interface ProbeProxy {
  /** Where the browser opens the site through the proxy. */
  readonly origin: string;
  /**
   * Answers nothing of the site from now on, only the probe. A page that WebKit's service worker
   * serves offline still asks the network for the probe (it is not in the precache, and WebKit's
   * HTTP cache does not serve it there, even marked immutable), and without it nothing on that
   * page could be observed.
   */
  cutOff(): void;
  close(): Promise<void>;
}

/**
 * Classic WebDriver, all that WebKitGTK's driver speaks here, can neither listen to the console nor
 * run a script before the page's own. So this proxy, between the browser and the site's server, puts
 * the probe first in every page's <head>: a plain script from the same origin, which the site's
 * Content-Security-Policy (script-src 'self') allows and which runs before the page's module scripts.
 * Everything else passes through untouched: statuses, redirects, headers, the policy itself.
 */
export async function startProbeProxy(upstreamOrigin: string): Promise<ProbeProxy> {
  const upstream = new URL(upstreamOrigin);
  let cutOff = false;
  const proxy = createServer((request, response) => {
    if (request.url === probePath) {
      response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-cache' }).end(probeScript);
      return;
    }
    if (cutOff) {
      // No answer at all, as from a server that is gone.
      request.socket.destroy();
      return;
    }
    const outgoing = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        // Uncompressed, so the page can be edited on its way through.
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
          const page = Buffer.concat(chunks).toString('utf8').replace(/<head(\s[^>]*)?>/i, (head) => head + probeTag);
          const headers: IncomingHttpHeaders = { ...incoming.headers, 'content-length': String(Buffer.byteLength(page)) };
          delete headers['transfer-encoding'];
          response.writeHead(incoming.statusCode ?? 502, headers).end(page);
        });
      },
    );
    outgoing.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain' });
      response.end(`The probe proxy could not reach the site: ${error.message}`);
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
    cutOff() {
      cutOff = true;
      // Kept-alive connections too: the next request must find the site gone.
      proxy.closeAllConnections();
    },
    close: () =>
      new Promise<void>((resolve) => {
        proxy.close(() => resolve());
        proxy.closeAllConnections();
      }),
  };
}
