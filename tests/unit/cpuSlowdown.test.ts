import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor, targetBenchmarkIndex } from '../../scripts/quality/cpuSlowdown.js';

describe('the Lighthouse gate’s CPU slowdown', () => {
  it('is Lighthouse’s default 4× on the high-end desktop that default assumes', () => {
    expect(cpuSlowdownFor(1750)).toBe(4);
  });

  it('is less on a slower machine, so that both emulate the same phone', () => {
    expect(cpuSlowdownFor(1100)).toBe(2.5);
    expect(1100 / cpuSlowdownFor(1100)).toBeCloseTo(targetBenchmarkIndex, -1);
  });

  it('never speeds a machine up', () => {
    expect(cpuSlowdownFor(300)).toBe(1);
  });
});
