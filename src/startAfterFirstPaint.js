/**
 * The inline module script at the end of every built page (scripts/firstPaint.js inlines its source,
 * and the Content-Security-Policy allows it by its hash). As a module it runs once the page is
 * parsed, and the prerendered page is whole before any script runs: so the app's entry script is not
 * even asked for until the page has painted, and on a slow connection the first paint waits for
 * nothing but the HTML, as a plain page's would.
 *
 * Self-contained, as its source text is what the pages carry: no imports, and nothing outside it.
 *
 * Firefox does not always record a first-contentful-paint entry (seen on cold opens of a section's
 * address), so the paint entry is one of three signals, whichever comes first: the entry, a moment
 * after the second animation frame (a frame has been painted by then, though perhaps not yet shown,
 * and the entry comes once it is), or a timeout (a tab that is shown but renders no frames). Never a
 * wait for a signal that may not come. The frames are only watched from a while after the script
 * runs: Chromium's entry came 36–87 ms after it (measured, with one core or two), and called the watch
 * off; watched at once, the first frame's callback ran as a task of 4 ms, and of 10–20 ms on a busy
 * core, just after the first paint, in every Lighthouse trace of the article.
 *
 * The build minifies it (scripts/firstPaint.js). A section's address is opened at its section by a
 * script of its own (src/article/openAtSection.ts). What this one does, in order:
 * - A background tab paints nothing until it is shown, and starts at once.
 * - Otherwise the app's script is added in a task of its own once a signal comes: from an animation
 *   frame, the request and the script's start would run in the same long task as that frame's layout
 *   and paint. The styles of what only the app draws (the Listen buttons, the citation popover and
 *   sheet, the player) are asked for just before it, as the page carries only those its markup uses
 *   (scripts/firstPaintStyles.js). About 1.3 KB against the app's 110, they come first; nothing waits
 *   for them, so if they fail to load, those parts show unstyled until the page is loaded again.
 * - The chunks the entry imports are asked for right after it, as module preloads: the entry
 *   evaluates them one after another, in tasks of their own, and would otherwise fetch the second
 *   only then. Each is asked for in a task of its own: setting up all six requests took 4.5 to 7.5 ms
 *   here, up to 30 ms on a phone four times slower, and a long task when the phone is busy.
 *
 * @param {string} entry the address of the app's entry script (src/main.tsx as built)
 * @param {string[]} chunks the addresses of the chunks the entry goes on to load
 * @param {string | null} laterStylesheet the address of the styles the page does not carry, if any
 * @param {number} longestWaitForPaint milliseconds
 */
export function startAfterFirstPaint(entry, chunks, laterStylesheet, longestWaitForPaint) {
  const paintShownWithin = 250;
  const framesWatchedAfter = 150;

  /**
   * @param {'link' | 'script'} tag
   * @param {Partial<HTMLLinkElement & HTMLScriptElement>} properties
   */
  const addToHead = (tag, properties) => document.head.append(Object.assign(document.createElement(tag), properties));
  /** @param {string[]} waiting */
  const preloadInTurn = ([chunk, ...later]) => {
    if (chunk === undefined) return;
    setTimeout(() => {
      addToHead('link', { rel: 'modulepreload', href: chunk });
      preloadInTurn(later);
    });
  };
  const start = () => {
    if (laterStylesheet) addToHead('link', { rel: 'stylesheet', href: laterStylesheet });
    addToHead('script', { type: 'module', src: entry });
    preloadInTurn(chunks);
  };
  if (document.visibilityState === 'hidden') {
    start();
    return;
  }
  let started = false;
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length > 0) painted();
  });
  const timeout = setTimeout(painted, longestWaitForPaint);
  function painted() {
    if (started) return;
    started = true;
    observer.disconnect();
    clearTimeout(timeout);
    clearTimeout(framesWatch);
    setTimeout(start);
  }
  const watchFrames = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(painted, paintShownWithin)));
  const framesWatch = setTimeout(watchFrames, framesWatchedAfter);
  observer.observe({ type: 'paint', buffered: true });
}
