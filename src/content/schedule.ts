// Cooperative scheduling: long loops run in slices and yield to the page between slices, so no task
// the content script runs blocks the main thread for long (target: no task over 50 ms on a 1.6 MB page).
import { BlockScanner, type ScannedBlock } from '../core/extract/blocks.ts';
import { recordSlice } from './profile.ts';

/** Under the 10 ms a task of ours may take (issue #14), with room for the clock check every 512 nodes. */
const SLICE_MS = 5;

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
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
 * The text blocks under `root`, extracted in slices of a few milliseconds with a yield to the page between
 * them (a page of 200k text nodes must not freeze: issue #13 item 8). Undefined when aborted meanwhile.
 */
export async function scanSliced(root: Node, signal: AbortSignal): Promise<ScannedBlock[] | undefined> {
  const scanner = new BlockScanner(root);
  for (;;) {
    const start = performance.now();
    const done = scanner.scan(start + SLICE_MS);
    recordSlice(performance.now() - start);
    if (done) return scanner.blocks;
    await yieldToPage();
    if (signal.aborted) return undefined;
  }
}
