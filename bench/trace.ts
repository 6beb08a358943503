// Reads a Chromium trace (DevTools protocol Tracing domain) for the reader benchmark: the renderer main
// thread of one page, its top-level tasks, and which of them ran extension code. A task "is ours" when any
// event inside it names a script under the extension's base URL (the injection: EvaluateScript, v8.compile)
// or runs JavaScript at all (TimerFire, FunctionCall, RunMicrotasks…): the benchmark's pages run none of
// their own (CSP script-src 'none') and nothing is evaluated by the harness while tracing, so any script
// on that thread is the content script's (Chromium reports its timer callbacks with an empty URL). The whole
// task is counted, which over-counts rather than under-counts our share. Not seen: work done when a
// runtime message reply arrives outside any traced JS event (its microtasks are not reported).
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

const JS_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.run', 'FunctionCall', 'TimerFire', 'v8.callFunction', 'RunMicrotasks', 'FireAnimationFrame', 'FireIdleCallback']);
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
  /** Tasks that ran extension code: count, summed wall and CPU ms, and the longest one's wall ms. */
  ourTasks: number;
  ourMs: number;
  ourCpuMs: number;
  ourLongestMs: number;
  ourLongestCpuMs: number;
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
  const ours = new Set<TraceEvent>();
  if (extensionBase) {
    for (const e of own) {
      if (!urlOf(e)?.startsWith(extensionBase) && !JS_EVENTS.has(e.name)) continue;
      const task = containing(tasks, e.ts);
      if (task) ours.add(task);
    }
  }
  const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const sum = (xs: Iterable<TraceEvent>, f: (e: TraceEvent) => number) => [...xs].reduce((s, e) => s + f(e), 0);
  return {
    mainThreadMs: sum(tasks, ms),
    mainThreadCpuMs: sum(tasks, cpu),
    ourTasks: ours.size,
    ourMs: sum(ours, ms),
    ourCpuMs: sum(ours, cpu),
    ourLongestMs: Math.max(0, ...[...ours].map(ms)),
    ourLongestCpuMs: Math.max(0, ...[...ours].map(cpu)),
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
