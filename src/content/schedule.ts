// Cooperative scheduling: long loops run in slices and yield to the page between slices, so no task
// the content script runs blocks the main thread for long (target: no task over 50 ms on a 1.6 MB page).
import { BlockScanner, type ScannedBlock } from '../core/extract/blocks.ts';
import { recordSlice } from './profile.ts';

/** Under the 10 ms a task of ours may take (issue #14), with room for the clock check every 512 nodes. */
const SLICE_MS = 5;

/** An idle period may come late on a busy page; past this, the slice runs anyway. */
const IDLE_TIMEOUT_MS = 500;

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The idle period our current task runs in, if any. Work continued from it in microtasks (an awaited
 * promise) is still inside it; a later task is not, so it is forgotten once this task ends.
 */
let current: IdleDeadline | undefined;
/** When our task in `current` began: a task of ours stays under TASK_BUDGET_MS, however long the idle period. */
let currentStart = 0;
/** Issue #14: no task of ours over 10 ms; two slices' worth, less a margin for the clock checks. */
const TASK_BUDGET_MS = 8;

function enter(idle: IdleDeadline): void {
  current = idle;
  currentStart = performance.now();
  setTimeout(() => {
    if (current === idle) current = undefined;
  }, 0);
}

/** Whether a slice asked for now can run in the idle period this task is in. */
function roomNow(now: number): boolean {
  return current !== undefined && !current.didTimeout && current.timeRemaining() >= SLICE_MS && now - currentStart + SLICE_MS <= TASK_BUDGET_MS;
}

/** Runs `work` in the page's next idle period (or after IDLE_TIMEOUT_MS on a page that is never idle). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback !== 'function') {
    setTimeout(work, 0);
    return;
  }
  requestIdleCallback(
    (idle) => {
      enter(idle);
      work();
    },
    { timeout: IDLE_TIMEOUT_MS },
  );
}

/**
 * Resolves in an idle period with the end of the slice to run in it (a performance.now() value): at most
 * SLICE_MS, less when the browser expects work sooner (the next frame). Reading the page in idle periods
 * keeps it out of the page's own loading and rendering tasks (the load event, issue #14). Asked for inside
 * an idle period with a whole slice still left (the start's, before the first scan), it runs in that one
 * at once: waiting for the next cost the first highlight one more idle wait (20–60 ms on a loading page).
 */
export function nextIdleSlice(): Promise<number> {
  if (typeof requestIdleCallback !== 'function') return yieldToPage().then(() => performance.now() + SLICE_MS);
  const now = performance.now();
  if (roomNow(now)) return Promise.resolve(now + SLICE_MS);
  return new Promise((resolve) =>
    requestIdleCallback(
      (idle) => {
        enter(idle);
        const start = performance.now();
        const left = idle.didTimeout ? SLICE_MS : Math.min(SLICE_MS, idle.timeRemaining());
        resolve(start + Math.max(left, 1));
      },
      { timeout: IDLE_TIMEOUT_MS },
    ),
  );
}

/** Runs `step` over every item of `items`, yielding to the page every few milliseconds. Stops when aborted. */
export async function forEachSliced<T>(items: Iterable<T>, step: (item: T) => void, signal: AbortSignal): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (signal.aborted) break;
    step(item);
    const now = performance.now();
    if (now - sliceStart > SLICE_MS) {
      recordSlice(now - sliceStart);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  recordSlice(performance.now() - sliceStart);
}

/**
 * The text blocks under `root`, extracted in idle periods, a few milliseconds at a time (a page of 200k
 * text nodes must not freeze: issue #13 item 8). Undefined when aborted meanwhile.
 */
export async function scanSliced(root: Node, signal: AbortSignal): Promise<ScannedBlock[] | undefined> {
  const scanner = new BlockScanner(root);
  for (;;) {
    const end = await nextIdleSlice();
    if (signal.aborted) return undefined;
    const start = performance.now();
    const done = scanner.scan(end);
    recordSlice(performance.now() - start);
    if (done) return scanner.blocks;
  }
}
