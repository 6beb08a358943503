// Reads a Chromium trace (DevTools protocol Tracing domain) for the reader benchmark: the renderer main
// thread of one page, its top-level tasks, and the extension's script time on it. Counted as ours: the
// evaluation of a script under the extension's URL (EvaluateScript, v8.compile) and every function call,
// timer or idle callback (FunctionCall, TimerFire, FireIdleCallback): the benchmark's pages run no script of their own (CSP
// script-src 'none') and the harness evaluates nothing while tracing, so those are the content script's
// (Chromium reports its callbacks with an empty URL). Outermost events only, so nothing counts twice.
// Not seen: script run straight from a runtime-message reply (no traced event wraps it); on pages without a
// match that is the handful of lines that send the next batch.
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
];

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES } });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

// FireIdleCallback: the content script reads the page in idle callbacks (ADR 0012).
const CALL_EVENTS = new Set(['FunctionCall', 'TimerFire', 'FireIdleCallback']);
const EVAL_EVENTS = new Set(['EvaluateScript', 'v8.compile']);
const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

function urlOf(e: TraceEvent): string | undefined {
  const data = e.args?.data ?? e.args?.beginData;
  if (!data) return undefined;
  const stack = data.stackTrace as { url?: string }[] | undefined;
  const url = data.url ?? data.scriptName ?? stack?.[0]?.url;
  return typeof url === 'string' ? url : undefined;
}

export interface ThreadSummary {
  /** Sum of every top-level task on the page's main thread, ms (wall; CPU when the trace has thread time). */
  mainThreadMs: number;
  mainThreadCpuMs: number;
  /** Extension script time: tasks it ran in, summed wall and CPU ms of its events, the longest event. */
  ourTasks: number;
  ourMs: number;
  ourCpuMs: number;
  ourLongestMs: number;
  ourLongestCpuMs: number;
  /** The longest whole task that ran extension script (what a long-task observer would report). */
  ourLongestTaskMs: number;
  ourLongestTaskCpuMs: number;
}

/** The renderer main thread that parsed `pageUrl`. */
export function pageThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | undefined {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  return parse && { pid: parse.pid, tid: parse.tid };
}

/** Top-level tasks of one thread and which of them ran code from `extensionBase`. */
export function summariseThread(events: TraceEvent[], thread: { pid: number; tid: number }, extensionBase: string | undefined): ThreadSummary {
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const tasks = own
    .filter((e) => e.ph === 'X' && TOP_LEVEL.has(e.name) && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
    .filter((e, i, all) => i === 0 || e.ts >= all[i - 1]!.ts + all[i - 1]!.dur!); // outermost only
  const ourTasks = new Set<TraceEvent>();
  const ours: TraceEvent[] = [];
  if (extensionBase) {
    const candidates = own
      .filter((e) => e.ph === 'X' && e.dur !== undefined && (CALL_EVENTS.has(e.name) || (EVAL_EVENTS.has(e.name) && urlOf(e)?.startsWith(extensionBase))))
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    for (const e of candidates) {
      const last = ours[ours.length - 1];
      if (last && e.ts < last.ts + last.dur!) continue; // nested in the previous one
      ours.push(e);
      const task = containing(tasks, e.ts);
      if (task) ourTasks.add(task);
    }
  }
  const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const sum = (xs: Iterable<TraceEvent>, f: (e: TraceEvent) => number) => [...xs].reduce((s, e) => s + f(e), 0);
  return {
    mainThreadMs: sum(tasks, ms),
    mainThreadCpuMs: sum(tasks, cpu),
    ourTasks: ourTasks.size,
    ourMs: sum(ours, ms),
    ourCpuMs: sum(ours, cpu),
    ourLongestMs: Math.max(0, ...ours.map(ms)),
    ourLongestCpuMs: Math.max(0, ...ours.map(cpu)),
    ourLongestTaskMs: Math.max(0, ...[...ourTasks].map(ms)),
    ourLongestTaskCpuMs: Math.max(0, ...[...ourTasks].map(cpu)),
  };
}

/** Binary search for the task spanning `ts`. */
function containing(tasks: TraceEvent[], ts: number): TraceEvent | undefined {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tasks[mid]!;
    if (ts < t.ts) hi = mid - 1;
    else if (ts > t.ts + t.dur!) lo = mid + 1;
    else return t;
  }
  return undefined;
}

/** Thread names from the trace's metadata events, keyed "pid:tid". */
export function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
  return names;
}

/** Events whose script URL is under `base`, for finding where extension code ran (worker start-up etc.). */
export function eventsFor(events: TraceEvent[], base: string): TraceEvent[] {
  return events.filter((e) => urlOf(e)?.startsWith(base));
}
