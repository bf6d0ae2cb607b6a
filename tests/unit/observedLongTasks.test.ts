import { describe, expect, it } from 'vitest';
import { describeObservedLongTasks, observedLongTasks } from '../../scripts/quality/observedLongTasks.js';

type TraceEvent = Parameters<typeof observedLongTasks>[0][number];

const main = { pid: 1, tid: 7 };
const otherThread = { pid: 1, tid: 9 };

/** A complete event, at and for the given milliseconds. */
function event(name: string, at: number, ms: number, thread = main, data?: { functionName: string; url: string }): TraceEvent {
  return { name, ph: 'X', ts: at * 1000, dur: ms * 1000, ...thread, ...(data ? { args: { data } } : {}) };
}
function task(at: number, ms: number, thread = main) {
  return event('RunTask', at, ms, thread);
}

/** A load: navigation at 0, the first paint at 40 ms (its task at 20–35 ms), then what each test adds. */
function load(...later: TraceEvent[]): TraceEvent[] {
  return [
    { name: 'navigationStart', ph: 'R', ts: 0, ...main },
    task(0, 12),
    event('ParseHTML', 0, 11),
    task(20, 15),
    event('Layout', 21, 9),
    event('Paint', 31, 2),
    { name: 'firstContentfulPaint', ph: 'R', ts: 40_000, ...main },
    ...later,
  ];
}

describe('the long tasks behind a gate run’s blocking time', () => {
  it('are those after the first paint that four times slower take 50 ms or more', () => {
    const tasks = observedLongTasks(
      load(
        task(60, 12),
        event('TimerFire', 60, 11.5),
        event('FunctionCall', 60, 11, main, { functionName: 'start', url: 'http://localhost:4176/nl/artikel/' }),
        task(80, 13),
        event('FunctionCall', 80, 12.8, main, { functionName: 'x', url: 'http://localhost:4176/assets/client-1.js' }),
        event('MinorGC', 84, 6),
      ),
      4,
    );
    // 12 ms is 48 at 4×, short of long; 13 ms is 52.
    expect(tasks).toEqual([
      {
        start: 80,
        observed: 13,
        simulated: 52,
        parts: [
          { label: 'function x in client-1.js', ms: 12.8 },
          { label: 'garbage collection', ms: 6 },
        ],
      },
    ]);
  });

  it('slow a task that lays the page out by half as much, as the simulation does', () => {
    const tasks = observedLongTasks(load(task(60, 20), event('Layout', 61, 15), task(90, 26), event('Layout', 91, 20)), 4);
    expect(tasks.map(({ start, simulated }) => [start, simulated])).toEqual([[90, 52]]);
  });

  it('count a task run inside another once, and only the page’s main thread', () => {
    const tasks = observedLongTasks(load(task(60, 30), task(62, 20), task(60, 40, otherThread)), 4);
    expect(tasks.map(({ start, observed }) => [start, observed])).toEqual([[60, 30]]);
  });

  it('include a task the browser ran before it marked the first paint, once the first frame was painted', () => {
    // The frame is painted at 31–33 ms and shown at 40: a task at 36 ms may run later in the simulation.
    const tasks = observedLongTasks(load(task(36, 14), event('FireAnimationFrame', 36, 13)), 4);
    expect(tasks.map(({ start }) => start)).toEqual([36]);
  });

  it('are none in a recording without a first paint', () => {
    expect(observedLongTasks([task(60, 40)], 4)).toEqual([]);
  });

  it('read as a line each, with what the task spent its time on', () => {
    const lines = describeObservedLongTasks(
      observedLongTasks(
        load(
          task(60, 21),
          event('TimerFire', 60, 20),
          event('FunctionCall', 60, 19, main, { functionName: 'start', url: 'http://localhost:4176/nl/artikel/' }),
          task(90, 14),
          task(110, 15),
          event('FunctionCall', 110, 14, main, { functionName: '', url: '_lighthouse-eval.js' }),
        ),
        4,
      ),
      4,
    );
    expect(lines).toEqual([
      'observed 21.0 ms at 60 ms (84 ms at 4×): timer 20.0, function start in /nl/artikel/ 19.0',
      'observed 14.0 ms at 90 ms (56 ms at 4×): nothing the trace names',
      'observed 15.0 ms at 110 ms (60 ms at 4×): function (anonymous) in _lighthouse-eval.js 14.0',
    ]);
  });
});
