import { startPageProxy, type PageProxy } from '../proxy/pageProxy';

/**
 * Between the browser and the site's server: sends each page up to the first occurrence of `mark`,
 * then holds the rest back for `pauseMs`, as a weak mobile signal does. Chromium paints what has
 * arrived once its parser runs out of page, unless the page has asked it to wait.
 */
export function startStallingProxy(upstreamOrigin: string, mark: string, pauseMs: number): Promise<PageProxy> {
  return startPageProxy(upstreamOrigin, {
    deliverPage(page, status, headers, response) {
      const cut = page.indexOf(mark);
      if (cut < 0) {
        response.writeHead(502, { 'Content-Type': 'text/plain' }).end(`The page has no ${mark} to stall at.`);
        return;
      }
      response.writeHead(status, headers);
      response.write(page.slice(0, cut));
      setTimeout(() => response.end(page.slice(cut)), pauseMs);
    },
  });
}
