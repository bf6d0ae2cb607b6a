import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const xvfbPath = '/usr/bin/Xvfb';

/** An X display for a browser that needs one: the session's own, or a virtual one started here. */
export interface Display {
  /** The value for DISPLAY, e.g. ":99". */
  readonly name: string;
  stop(): Promise<void>;
}

export function xvfbMissing(): string | undefined {
  return process.env.DISPLAY || existsSync(xvfbPath) ? undefined : `Xvfb is not installed at ${xvfbPath} (apt-get install xvfb)`;
}

/**
 * WebKitGTK draws into a real X window even when nobody looks at it. Under xvfb-run, or on a desktop,
 * DISPLAY is set and used as it is; otherwise this starts Xvfb, which picks a free display number
 * itself and tells it on a pipe (-displayfd), so two runs on one machine never collide.
 */
export async function ensureDisplay(): Promise<Display> {
  if (process.env.DISPLAY) return { name: process.env.DISPLAY, stop: async () => {} };
  const missing = xvfbMissing();
  if (missing) throw new Error(missing);

  const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => xvfb.once('exit', () => resolve()));
  let errorOutput = '';
  xvfb.stderr?.setEncoding('utf8').on('data', (chunk: string) => (errorOutput += chunk));
  const displayPipe = xvfb.stdio[3];
  if (!displayPipe || !('setEncoding' in displayPipe)) throw new Error('Xvfb was started without its display pipe.');

  const number = await new Promise<string>((resolve, reject) => {
    let written = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start within 10 s: ${errorOutput.trim()}`)), 10_000);
    displayPipe.setEncoding('utf8').on('data', (chunk: string) => {
      written += chunk;
      if (written.includes('\n')) {
        clearTimeout(timer);
        resolve(written.trim());
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited before it had a display: ${errorOutput.trim()}`));
    });
  });
  return {
    name: `:${number}`,
    async stop() {
      if (xvfb.exitCode === null && xvfb.signalCode === null) xvfb.kill();
      await exited;
    },
  };
}
