// What made a gate run's blocking time, read from the load Lighthouse recorded: the main-thread tasks
// after the first paint that simulated throttling makes long, with what each spent its time on. Lighthouse's
// own list names only a script's address, or none; this says "timer: start", "garbage collection" or
// "layout", which is what a fix needs. A failing run in CI leaves nothing else to read: its recordings
// go with its temporary clone.
//
// The simulation slows a task by the CPU slowdown, and one that lays the page out by half as much
// (Lantern's layout multiplier), and counts a task as long from 50 ms.

const longTaskMs = 50;
const layoutMultiplier = 0.5;

/** What a task's events did, in words; events not named here are counted in their task's total only. */
const labels = new Map([
  ['ParseHTML', 'HTML parsing'],
  ['EvaluateScript', 'script evaluation'],
  ['v8.evaluateModule', 'module evaluation'],
  ['v8.compile', 'compiling'],
  ['v8.compileModule', 'compiling'],
  ['TimerFire', 'timer'],
  ['FireAnimationFrame', 'animation frame'],
  ['RunMicrotasks', 'microtasks'],
  ['UpdateLayoutTree', 'style'],
  ['Layout', 'layout'],
  ['Paint', 'paint'],
  ['Commit', 'commit'],
  ['MinorGC', 'garbage collection'],
  ['MajorGC', 'garbage collection'],
]);

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, pid: number, tid: number, args?: { data?: { functionName?: string, url?: string, type?: string } } }} TraceEvent
 * @typedef {{ start: number, observed: number, simulated: number, parts: { label: string, ms: number }[] }} ObservedLongTask
 */

/**
 * The tasks after the first paint that the simulation counts as long, in the order they ran.
 * @param {TraceEvent[]} events a recording's trace events
 * @param {number} cpuSlowdown the slowdown the gate worked the recording out with
 * @returns {ObservedLongTask[]} start in ms after navigation, durations in ms
 */
export function observedLongTasks(events, cpuSlowdown) {
  const firstPaint = events.find((event) => event.name === 'firstContentfulPaint');
  if (!firstPaint) return [];
  const onMainThread = events
    .filter((event) => event.pid === firstPaint.pid && event.tid === firstPaint.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const navigation = events.filter((event) => event.name === 'navigationStart' && event.pid === firstPaint.pid && event.ts <= firstPaint.ts).at(-1);
  const origin = navigation?.ts ?? firstPaint.ts;

  // The browser marks the first paint once the frame is shown, after tasks the simulation may well
  // run after it (nothing the paint needs waits for them): so every task after the first that paints.
  const firstPaintTask = onMainThread.find((event) => event.name === 'Paint');
  const paintedBy = firstPaintTask?.ts ?? firstPaint.ts;

  /** @type {ObservedLongTask[]} */
  const long = [];
  let end = -Infinity;
  for (const task of onMainThread) {
    if (task.name !== 'RunTask' && task.name !== 'ThreadControllerImpl::RunTask') continue;
    // A task run inside another is part of it.
    if (task.ts < end) continue;
    const taskEnd = task.ts + (task.dur ?? 0);
    end = taskEnd;
    const observed = (task.dur ?? 0) / 1000;
    // Most tasks are short at any multiplier: only the rest are worth a look inside.
    if (taskEnd <= paintedBy || observed * cpuSlowdown < longTaskMs) continue;
    const inside = onMainThread.filter((event) => event !== task && event.ts >= task.ts && event.ts < taskEnd);
    const multiplier = inside.some((event) => event.name === 'Layout') ? cpuSlowdown * layoutMultiplier : cpuSlowdown;
    if (observed * multiplier < longTaskMs) continue;
    long.push({ start: (task.ts - origin) / 1000, observed, simulated: observed * multiplier, parts: partsOf(inside) });
  }
  return long;
}

/**
 * The time a task's events spent, by what they did, the most first. Nested events of one kind (a
 * collection inside a collection) count once.
 * @param {TraceEvent[]} inside
 */
function partsOf(inside) {
  /** @type {Map<string, number>} */
  const totals = new Map();
  /** @type {Map<string, number>} */
  const coveredUntil = new Map();
  for (const event of inside) {
    const label = labelOf(event);
    if (!label || event.ts < (coveredUntil.get(label) ?? -Infinity)) continue;
    coveredUntil.set(label, event.ts + (event.dur ?? 0));
    totals.set(label, (totals.get(label) ?? 0) + (event.dur ?? 0) / 1000);
  }
  return [...totals].map(([label, ms]) => ({ label, ms })).sort((a, b) => b.ms - a.ms);
}

/** @param {TraceEvent} event */
function labelOf(event) {
  if (event.name === 'FunctionCall') {
    const { functionName, url } = event.args?.data ?? {};
    const file = url ? fileOf(url) : '';
    return `function ${functionName || '(anonymous)'}${file ? ` in ${file}` : ''}`;
  }
  if (event.name === 'EventDispatch') return `event ${event.args?.data?.type ?? ''}`.trim();
  return labels.get(event.name);
}

/**
 * A script's file name, or a page's path; a name that is no address (Lighthouse's own
 * `_lighthouse-eval.js`) as it is.
 * @param {string} url
 */
function fileOf(url) {
  if (!URL.canParse(url)) return url;
  const { pathname } = new URL(url);
  return pathname.split('/').pop() || pathname;
}

/**
 * One line a task, for the gate's output.
 * @param {ObservedLongTask[]} tasks
 * @param {number} cpuSlowdown
 * @returns {string[]}
 */
export function describeObservedLongTasks(tasks, cpuSlowdown) {
  return tasks.map(({ start, observed, simulated, parts }) => {
    const spent = parts.filter(({ ms }) => ms >= 0.5).slice(0, 4).map(({ label, ms }) => `${label} ${ms.toFixed(1)}`);
    return (
      `observed ${observed.toFixed(1)} ms at ${Math.round(start)} ms (${Math.round(simulated)} ms at ${cpuSlowdown}×)` +
      (spent.length > 0 ? `: ${spent.join(', ')}` : ': nothing the trace names')
    );
  });
}
