import type { SiteOptions } from './site';

/**
 * A function that runs in the page. It is sent as source text, so it must use nothing from outside
 * itself; its arguments and result cross as JSON.
 */
export type InPage<Args extends unknown[], Result> = (...args: Args) => Result;

/**
 * The drivers' own signatures map element handles in the arguments, which TypeScript cannot see
 * through a generic; ours are plain JSON values, passed through unchanged.
 */
export type AnyInPage<Result> = (...args: unknown[]) => Result;

/** One tab of a browser, in a browsing context of its own. The same for every engine. */
export interface EnginePage {
  /** Opens an address and resolves once the page has loaded (not hydrated: see untilHydrated). */
  goto(url: string): Promise<void>;
  /** Reloads the page, as the reader's reload button does. */
  reload(): Promise<void>;
  /** Runs a synchronous function in the page and returns its result. */
  evaluate<Args extends unknown[], Result>(fn: InPage<Args, Result>, ...args: Args): Promise<Result>;
  /** A pointer click in the middle of the first element that matches, scrolled into view first. */
  click(selector: string): Promise<void>;
  /** One key press on whatever has focus. */
  press(key: 'Enter' | 'Escape' | 'End'): Promise<void>;
  /** Sets the size of the viewport in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  /** Prints the page to an A4 PDF, as the reader's print dialog would; where the driver can. */
  print?(): Promise<Uint8Array>;
  /**
   * Console errors and warnings, uncaught errors and the like, on every page this tab has shown
   * since the last call; each is returned once.
   */
  takeProblems(): Promise<string[]>;
  close(): Promise<void>;
}

/** A browser engine as this suite drives it. */
export interface Engine {
  readonly name: string;
  /** How the site must be served for this engine to observe its pages. */
  readonly siteOptions: SiteOptions;
  /** A new tab in a fresh browsing context: no cache, storage or service worker from before. */
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

/** What starts an engine, and what it needs from this machine. */
export interface EngineLauncher {
  readonly name: string;
  /** Why the engine cannot run here (a missing browser or driver, with how to install it), if so. */
  missing(): string | undefined;
  launch(): Promise<Engine>;
}
