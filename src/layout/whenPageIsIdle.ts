/**
 * Runs work that can wait, such as saving the site for offline reading or laying out the whole page,
 * at the browser's first quiet moment once the page has come to life, rather than beside it: on a
 * phone with few cores, a service worker installing (fetching, unpacking and storing half a
 * megabyte) slowed every task of the page's own start, and a reader's first tap waits for them.
 *
 * Safari has no requestIdleCallback, so there the work waits a fixed while instead.
 *
 * @returns a function that calls the work off, if it has not run yet
 */
export function whenPageIsIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const request = window.requestIdleCallback(() => work(), { timeout: longestWait });
    return () => window.cancelIdleCallback(request);
  }
  const timer = window.setTimeout(work, waitWithoutIdleCallbacks);
  return () => window.clearTimeout(timer);
}

/** Milliseconds. A page that is never idle (one running an endless animation, say) still gets its turn. */
const longestWait = 10_000;
/** Milliseconds: about as long as a slow phone takes to hydrate a long article. */
const waitWithoutIdleCallbacks = 2_000;
