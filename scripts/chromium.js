// Debian's Chromium, the one browser every test and measurement here uses (none can be downloaded),
// and the flags it needs on this machine's closed network.

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The same Chromium's old headless shell, for the browser tests: what Playwright itself runs headless
 * by default, and a third lighter than the whole browser, which keeps CI within its time.
 */
export const chromiumHeadlessShellPath = process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';

/** Without these, Chromium keeps asking hosts the network refuses, many at a time. */
export const quietNetworkFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** For a tool that starts Chromium itself (Lighthouse): headless, and with no sandbox, which root lacks. */
export const standaloneFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', ...quietNetworkFlags];
