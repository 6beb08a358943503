// Self-measurement of the background for the benchmarks (bench/browser-content.bench.ts): when its script
// started, when the bundled pack was parsed, when the engine and each language were ready, when the first
// match was asked and answered. Compiled in only when the build sets RECOUPE_PROFILE=1; in the shipped
// build `mark` is an empty call and nothing is kept. Imported first by index.ts, so its own evaluation
// marks the start of background.js.
export interface BackgroundProfile {
  /** performance.timeOrigin of the worker (or event page): to place the marks on the page's time line. */
  timeOrigin: number;
  /** Mark name → performance.now() of its first occurrence. */
  marks: Record<string, number>;
}

declare global {
  var __recoupeBackgroundProfile: BackgroundProfile | undefined;
}

/** The build's flag; false where no build defined it (unit tests import the background's modules too). */
const PROFILING = typeof __RECOUPE_PROFILE__ !== 'undefined' && __RECOUPE_PROFILE__;

if (PROFILING) globalThis.__recoupeBackgroundProfile = { timeOrigin: performance.timeOrigin, marks: { 'script-start': performance.now() } };

/** Records the first time `name` happens. */
export function mark(name: string): void {
  if (!PROFILING) return;
  const marks = globalThis.__recoupeBackgroundProfile?.marks;
  if (marks && marks[name] === undefined) marks[name] = performance.now();
}
