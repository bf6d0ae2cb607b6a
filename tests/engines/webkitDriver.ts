import { spawn } from 'node:child_process';
import { freePort, untilAnswering } from './localPorts';

// Debian's WebKitGTK driver, from webkit2gtk-driver.
export const driverPath = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** The last this many characters of the driver's and its browsers' output are kept, for errors. */
const keptOutput = 4_000;

export interface WebKitDriver {
  readonly port: number;
  /** What the driver and the browsers it started printed last: GTK's errors land here. */
  output(): string;
  /** Ends the driver and every browser it started. */
  stop(): Promise<void>;
}

/** Starts WebKitWebDriver on a free port, drawing on the given X display, and waits until it answers. */
export async function startWebKitDriver(display: string): Promise<WebKitDriver> {
  const port = await freePort();
  // A session a timed-out test never closed must not keep the next test from starting one.
  const driver = spawn(driverPath, [`--port=${port}`, '--replace-on-new-session'], {
    env: { ...process.env, DISPLAY: display },
    // Its own process group, so stopping it ends the MiniBrowsers it started too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [driver.stdout, driver.stderr]) {
    stream.setEncoding('utf8').on('data', (chunk: string) => (output = (output + chunk).slice(-keptOutput)));
  }
  const exited = new Promise<void>((resolve) => driver.once('exit', () => resolve()));
  const stop = async () => {
    if (!driver.pid) return;
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Nothing of the group is left.
    }
    await exited;
  };
  try {
    await untilAnswering(`http://127.0.0.1:${port}/status`, 15_000, () =>
      driver.exitCode === null ? undefined : `WebKitWebDriver exited with code ${driver.exitCode}: ${output.trim()}`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, output: () => output.trim(), stop };
}
