// Runs `npm run build` in a folder one step at a time, so that each step's time can be told apart:
// the steps are read from package.json, so the benchmark follows the build as it changes.
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { readFileSync } from 'node:fs';

/** @typedef {{ command: string, milliseconds: number, output: string }} BuildStep */

/**
 * @param {string} folder the project or a copy of it
 * @returns {{ steps: BuildStep[], milliseconds: number }}
 */
export function timedBuild(folder) {
  /** @type {string} */
  const build = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).scripts.build;
  // As npm run does: the project's own tools come first on the path.
  const env = { ...process.env, PATH: `${join(folder, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
  /** @type {BuildStep[]} */
  const steps = [];
  for (const command of build.split('&&').map((part) => part.trim())) {
    const start = performance.now();
    const run = spawnSync(command, { cwd: folder, env, shell: true, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const milliseconds = performance.now() - start;
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (run.status !== 0) throw new Error(`Build step failed in ${folder}: ${command}\n${output.slice(-4000)}`);
    steps.push({ command, milliseconds, output });
  }
  return { steps, milliseconds: steps.reduce((total, step) => total + step.milliseconds, 0) };
}

/**
 * The number a build step printed after the given words, e.g. "Prerendered 12 pages" → 12.
 * @param {BuildStep[]} steps
 * @param {RegExp} pattern with one group around the number
 * @returns {{ step: BuildStep, value: number } | undefined}
 */
export function printedNumber(steps, pattern) {
  for (const step of steps) {
    const match = pattern.exec(step.output);
    if (match) return { step, value: Number(match[1]) };
  }
  return undefined;
}
