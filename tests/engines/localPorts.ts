import { createServer } from 'node:net';

/** A TCP port nothing listens on right now, for a server or driver this suite starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, 'localhost', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('The system gave no free port.'))));
    });
  });
}

/** Polls an HTTP address until it answers at all (any status), or fails after timeoutMs. */
export async function untilAnswering(url: string, timeoutMs: number, isGone: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const gone = isGone();
    if (gone) throw new Error(gone);
    try {
      await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`Nothing answered at ${url} within ${timeoutMs} ms.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
