/**
 * When what a page needs cannot be fetched (offline, the server gone), loads the address afresh: the
 * server, or offline the service worker, then answers with a whole page (the saved copy, or the
 * offline page), where waiting for the fetch would leave the reader with "Loading…" for good.
 */
export function loadInFull(): void {
  window.location.assign(window.location.href);
}
