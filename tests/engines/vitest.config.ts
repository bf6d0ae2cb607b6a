import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The cross-browser smoke suite: Firefox ESR and WebKitGTK, driven from Node against the built site.
// Kept apart from the unit tests' config (jsdom, React plugin), which has nothing to offer here.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/engines/**/*.spec.ts'],
    environment: 'node',
    // One browser at a time: two engines side by side on two cores would make each other's timings,
    // and so the hydration deadlines, meaningless.
    fileParallelism: false,
    // Browsers start, pages load, and a service worker precaches the whole site within one test.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A smoke test that needs a retry is telling us something.
    retry: 0,
    reporters: ['verbose'],
  },
});
