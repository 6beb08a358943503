// Idle scheduling: work queued for the page's idle period runs there, and a slice asked for while that
// idle period still has room runs in it at once instead of waiting for the next one (the first scan's
// visible-text read used to wait a second idle period after the start, issue #14's first highlight).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

// The build defines this constant (scripts/build.ts); schedule.ts's profiling import reads it at load.
(globalThis as { __RECOUPE_PROFILE__?: boolean }).__RECOUPE_PROFILE__ = false;
const { nextIdleSlice, whenIdle } = await import('../../../src/content/schedule.ts');

interface FakeDeadline {
  didTimeout: boolean;
  timeRemaining(): number;
}

let queued: ((d: FakeDeadline) => void)[] = [];
let requests = 0;
const g = globalThis as { requestIdleCallback?: unknown };

beforeEach(() => {
  queued = [];
  requests = 0;
  g.requestIdleCallback = (cb: (d: FakeDeadline) => void) => {
    requests++;
    queued.push(cb);
    return requests;
  };
});
afterEach(() => {
  delete g.requestIdleCallback;
});

/** Runs the next queued idle callback with this much idle time left (ms), as the browser would. */
function idlePeriod(ms: number): void {
  const end = performance.now() + ms;
  queued.shift()!({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) });
}

const task = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('idle scheduling', () => {
  it('a slice asked for inside a roomy idle period runs in it, without waiting for another', async () => {
    let sliceEnd: number | undefined;
    whenIdle(() => {
      void nextIdleSlice().then((end) => (sliceEnd = end));
    });
    assert.equal(requests, 1);
    idlePeriod(40);
    await Promise.resolve();
    await Promise.resolve();
    assert.equal(requests, 1, 'no second idle request');
    assert.ok(sliceEnd !== undefined && sliceEnd > performance.now(), 'the slice has time left');
  });

  it('waits for the next idle period when this one is nearly over, or once its task has ended', async () => {
    whenIdle(() => void nextIdleSlice());
    idlePeriod(1);
    await Promise.resolve();
    assert.equal(requests, 2, 'too little room left: asks for the next idle period');

    queued = [];
    whenIdle(() => undefined);
    idlePeriod(40);
    await task();
    void nextIdleSlice();
    assert.equal(requests, 4, 'a later task does not borrow the idle period');
  });
});

describe('idle scheduling keeps each task short', () => {
  it('a long idle period still gets at most one extra slice in the same task', async () => {
    whenIdle(() => undefined);
    idlePeriod(45);
    // Inside the same task (microtasks only): the first slice may borrow the period, the next ones wait.
    const before = requests;
    const first = await nextIdleSlice();
    const spin = first; // occupy the slice, as the scanner would
    while (performance.now() < spin) { /* the slice's work */ }
    void nextIdleSlice();
    assert.equal(requests, before + 1, 'the second slice asks for another idle period');
  });
});
