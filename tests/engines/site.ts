import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort, untilAnswering } from './localPorts';
import { startProbeProxy } from './probeProxy';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The production build, served by the project's own server, as readers get it. */
export interface Site {
  /** Where the browser opens it, e.g. http://localhost:41234 (no trailing slash). */
  readonly origin: string;
  /**
   * Stops the server: from then on the browser gets no answer for any of the site's addresses (a
   * probe proxy in front keeps handing out only its probe; see probeProxy.ts).
   */
  stop(): Promise<void>;
  /** Stops everything started for the site. */
  close(): Promise<void>;
}

export interface SiteOptions {
  /** Puts the problem probe into every page on its way to the browser (see probeProxy.ts). */
  injectProbe: boolean;
}

/** Fails with what to do when there is no build to serve. */
export function assertBuilt(): void {
  if (!existsSync(`${repositoryRoot}/dist/index.html`)) {
    throw new Error('No build in dist/. Run "npm run build" before "npm run test:engines".');
  }
}

/** Starts `node scripts/serve.js` on a free port, and resolves once it answers. */
export async function startSite({ injectProbe }: SiteOptions): Promise<Site> {
  assertBuilt();
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.js'], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: String(port), HOST: 'localhost' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errorOutput = '';
  server.stderr.setEncoding('utf8').on('data', (chunk: string) => (errorOutput += chunk));
  let stopping = false;
  const exited = new Promise<void>((resolve) =>
    server.once('exit', (code, signal) => {
      // Said at once, since every test after this fails with a refused connection.
      if (!stopping) console.error(`scripts/serve.js on port ${port} stopped unexpectedly (${signal ?? `exit code ${code}`}). ${errorOutput.trim()}`);
      resolve();
    }),
  );
  const stopServer = async () => {
    stopping = true;
    if (server.exitCode === null && server.signalCode === null) {
      server.kill();
      await exited;
    }
  };

  const serverOrigin = `http://localhost:${port}`;
  try {
    await untilAnswering(`${serverOrigin}/nl/`, 15_000, () =>
      server.exitCode === null ? undefined : `scripts/serve.js exited with code ${server.exitCode}: ${errorOutput.trim()}`,
    );
  } catch (error) {
    await stopServer();
    throw error;
  }
  if (!injectProbe) return { origin: serverOrigin, stop: stopServer, close: stopServer };

  const proxy = await startProbeProxy(serverOrigin);
  return {
    origin: proxy.origin,
    async stop() {
      proxy.cutOff();
      await stopServer();
    },
    async close() {
      await Promise.all([proxy.close(), stopServer()]);
    },
  };
}
