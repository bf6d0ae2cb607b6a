import { startPageProxy } from '../proxy/pageProxy';
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
  let cutOff = false;
  const proxy = await startPageProxy(upstreamOrigin, {
    answer(request, response) {
      if (request.url === probePath) {
        response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-cache' }).end(probeScript);
        return true;
      }
      // No answer at all, as from a server that is gone.
      if (cutOff) request.socket.destroy();
      return cutOff;
    },
    deliverPage(page, status, headers, response) {
      const probed = page.replace(/<head(\s[^>]*)?>/i, (head) => head + probeTag);
      response.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(probed)) }).end(probed);
    },
  });
  return {
    origin: proxy.origin,
    cutOff() {
      cutOff = true;
      // Kept-alive connections too: the next request must find the site gone.
      proxy.dropConnections();
    },
    close: proxy.close,
  };
}
