import { describe, expect, it } from 'vitest';
import { calibratedCpuSlowdown, cpuSlowdownFor, machineBenchmarkIndex, targetBenchmarkIndex } from '../../scripts/quality/cpuSlowdown.js';

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

  it('is never harsher than Lighthouse’s preset, however fast the machine’s loop runs', () => {
    expect(calibratedCpuSlowdown(2700)).toBe(6.2);
    expect(cpuSlowdownFor(2700)).toBe(4);
    expect(cpuSlowdownFor(1800)).toBe(4);
  });
});

describe('the machine’s benchmark index over a gate’s runs', () => {
  it('is the middle run’s, so one run on a busy or an idle moment moves it little', () => {
    expect(machineBenchmarkIndex([1125, 1068, 1297, 1271, 1814, 1641])).toBe(1284);
    expect(machineBenchmarkIndex([1900, 1100, 1200])).toBe(1200);
  });

  it('is never guessed when no run measured one', () => {
    expect(() => machineBenchmarkIndex([])).toThrow(/No benchmark index/);
  });
});
