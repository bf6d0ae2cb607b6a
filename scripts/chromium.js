// Debian's Chromium, the one browser every test and measurement here uses (none can be downloaded),
// and the flags it needs on this machine's closed network.

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without these, Chromium keeps asking hosts the network refuses, many at a time. */
export const quietNetworkFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** For a tool that starts Chromium itself (Lighthouse): headless, and with no sandbox, which root lacks. */
export const standaloneFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', ...quietNetworkFlags];
