// Serves a folder's dist/ with the project's own server (scripts/serve.js), and says when it answers.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * @param {string} folder the project or a copy of it, with a build in dist/
 * @param {number} port
 * @param {string} readyPath an address that answers once the server is up
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export async function serveBuild(folder, port, readyPath) {
  const server = spawn('node', ['scripts/serve.js'], { cwd: folder, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  // Only an answer after ours says it is listening: on a port already taken, another server would answer.
  let listening = false;
  server.stdout.on('data', (chunk) => {
    if (String(chunk).includes('Serving')) listening = true;
  });
  const origin = `http://localhost:${port}`;
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    server.kill();
    await once(server, 'exit');
  };
  const deadline = Date.now() + 30_000;
  let lastAnswer = 'no answer';
  for (;;) {
    try {
      const response = await fetch(`${origin}${readyPath}`);
      if (response.ok && listening) return { origin, stop };
      lastAnswer = listening ? `status ${response.status}` : `status ${response.status}, before ours was listening`;
    } catch (error) {
      // Not listening yet.
      lastAnswer = String(/** @type {{ cause?: unknown }} */ (error).cause ?? error);
    }
    if (server.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The server for ${folder} did not answer ${readyPath} on port ${port} (${lastAnswer}; server exit code ${server.exitCode}).`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
