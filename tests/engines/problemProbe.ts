// What a page reports going wrong, gathered inside the page itself. Firefox gets it on top of
// Puppeteer's console and page-error events; for WebKitGTK, whose classic WebDriver has no console
// events and no way to run a script before the page's own, it is the only view of errors there is.

declare global {
  interface Window {
    /** Filled by installProblemProbe: one line per problem the page reported. */
    __engineProblems?: string[];
    /** Set by the payloads in tests/addresses/oddAddresses.ts, should one ever run. */
    __injected?: unknown;
  }
}

/**
 * What the probe listens for: 'all' where the driver hears nothing itself (WebKitGTK), or only what
 * the console and page-error events do not carry (Firefox through Puppeteer).
 */
export type ProbeScope = 'all' | 'beyondConsole';

/**
 * Runs in the page before any of its own scripts, and records into window.__engineProblems: failed
 * loads of scripts, styles and images, and Content-Security-Policy violations; with scope 'all' also
 * console errors and warnings, uncaught errors and unhandled rejections. Self-contained, since it
 * is sent to the browser as text.
 */
export function installProblemProbe(scope: ProbeScope): void {
  if (window.__engineProblems) return;
  const problems: string[] = [];
  window.__engineProblems = problems;
  const describe = (value: unknown): string => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };

  // Capturing, so a script or stylesheet that fails to load (which does not bubble) is caught too.
  window.addEventListener(
    'error',
    (event: Event) => {
      if (!(event instanceof ErrorEvent)) {
        const element = event.target as Partial<HTMLScriptElement & HTMLLinkElement> | null;
        problems.push(`failed to load: ${element?.src || element?.href || element?.tagName || 'a resource'}`);
      } else if (scope === 'all') problems.push(`uncaught: ${event.message}`);
    },
    true,
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    problems.push(`blocked by the Content-Security-Policy (${event.effectiveDirective}): ${event.blockedURI}`),
  );
  if (scope !== 'all') return;

  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${describe(event.reason)}`));
  for (const level of ['error', 'warn'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.map(describe).join(' ')}`);
      original.apply(console, args);
    };
  }
}

/**
 * Runs in the page: takes what the probe recorded so far, so each problem is reported once. Null
 * where the probe never ran in this document, which for one of the site's own pages means that
 * nothing on it was observed.
 */
export function takeProbedProblems(): string[] | null {
  const problems = window.__engineProblems;
  if (!problems) return location.protocol === 'http:' ? null : [];
  return problems.splice(0);
}
