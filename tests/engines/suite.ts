import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, EngineLauncher, EnginePage } from './engine';
import { assertBuilt, startSite, type Site } from './site';

/** What every check gets: the engine under test and the site it reads, both started once per file. */
export interface Suite {
  readonly engine: Engine;
  /** Shared by the checks that do not stop it; a check that stops a server starts its own. */
  readonly site: Site;
}

/** Registers the tests of one behaviour, for whichever engine the suite runs. */
export type Check = (suite: Suite) => void;

const inCI = Boolean(process.env.CI) && process.env.CI !== 'false';

/**
 * Runs the checks in one engine, with one browser and one server for the whole file. Outside CI an
 * engine this machine lacks is skipped with the reason printed; in CI it is a failed test that says
 * what is missing and how to install it.
 */
export function describeEngine(launcher: EngineLauncher, checks: Check[]): void {
  const missing = launcher.missing();
  if (missing) {
    if (!inCI) {
      console.warn(`Skipping ${launcher.name}: ${missing}.`);
      describe.skip(launcher.name, () => registerChecks(launcher, checks));
    } else {
      // One failing test that says what is missing, rather than every check failing or skipping.
      describe(launcher.name, () => {
        it('can start on this machine', () => {
          throw new Error(`${launcher.name} cannot run on this machine: ${missing}.`);
        });
      });
    }
    return;
  }
  describe(launcher.name, () => registerChecks(launcher, checks));
}

function registerChecks(launcher: EngineLauncher, checks: Check[]): void {
  let engine: Engine | undefined;
  let site: Site | undefined;
  beforeAll(async () => {
    assertBuilt();
    engine = await launcher.launch();
    site = await startSite(engine.siteOptions);
  });
  afterAll(async () => {
    await site?.close();
    await engine?.close();
  });

  const suite: Suite = {
    get engine() {
      if (!engine) throw new Error(`${launcher.name} did not start.`);
      return engine;
    },
    get site() {
      if (!site) throw new Error('The site did not start.');
      return site;
    },
  };
  for (const check of checks) check(suite);
}

/**
 * Opens a fresh tab, runs the test in it, and fails the test on any problem the page reported
 * (console errors and warnings, uncaught errors, failed loads), listed with the failure if the
 * test failed for another reason first.
 */
export async function withPage(engine: Engine, test: (page: EnginePage) => Promise<void>): Promise<void> {
  const page = await engine.newPage();
  try {
    await test(page);
    expect(await page.takeProblems(), 'console errors or warnings, uncaught errors or failed loads').toEqual([]);
  } catch (error) {
    const problems = await page.takeProblems().catch(() => []);
    if (error instanceof Error && problems.length) error.message += `\nThe page also reported:\n  ${problems.join('\n  ')}`;
    throw error;
  } finally {
    await page.close();
  }
}
