// Lighthouse slows the CPU by a constant 4× to emulate a phone, which assumes a high-end desktop
// (benchmark index 1500–2000): on a slower machine the same 4× emulates a slower phone, and the gate
// would judge the machine rather than the page. As Lighthouse's throttling guide advises, this
// calibrates the slowdown from the machine's own benchmark index, so every machine emulates the phone
// the default emulates on a typical desktop.

/** Lighthouse's default phone: a high-end desktop's index (middle of 1500–2000) slowed 4×. */
export const targetBenchmarkIndex = 1750 / 4;

/**
 * The slowdown that brings a machine of this index to the target phone, to one decimal, at least 1.
 * @param {number} benchmarkIndex
 */
export function cpuSlowdownFor(benchmarkIndex) {
  return Math.max(1, Math.round((benchmarkIndex / targetBenchmarkIndex) * 10) / 10);
}

/**
 * The machine's index over several Lighthouse runs: the middle one, as a single run's index, measured
 * in a fraction of a second, swings by half on a shared virtual machine.
 * @param {number[]} indexes
 */
export function machineBenchmarkIndex(indexes) {
  if (indexes.length === 0) throw new Error('No benchmark index to calibrate from.');
  const sorted = [...indexes].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
