// Self-measurement for the benchmarks: how long the content script keeps the page's main thread busy.
// Compiled in only when the build sets RECOUPE_PROFILE=1 (__RECOUPE_PROFILE__); in the shipped build
// every function here is an empty call and nothing is written to the page.
export interface ContentProfile {
  /** Sum of the synchronous slices the content script ran, in ms. */
  busyMs: number;
  /** The longest single slice, in ms: our contribution to the page's longest task. */
  longestMs: number;
  slices: number;
  /** performance.now() when the first highlight was placed, -1 before. */
  firstHighlightAt: number;
  /** performance.now() when the last full scan finished, -1 before. */
  scanDoneAt: number;
  highlights: number;
  /** performance.now() when the content script started, and when the first match reply arrived. */
  startedAt: number;
  firstReplyAt: number;
}

const profile: ContentProfile = {
  busyMs: 0,
  longestMs: 0,
  slices: 0,
  firstHighlightAt: -1,
  scanDoneAt: -1,
  highlights: 0,
  startedAt: __RECOUPE_PROFILE__ ? performance.now() : -1,
  firstReplyAt: -1,
};

export function recordReply(): void {
  if (!__RECOUPE_PROFILE__) return;
  if (profile.firstReplyAt < 0) profile.firstReplyAt = performance.now();
}

export function recordSlice(ms: number): void {
  if (!__RECOUPE_PROFILE__) return;
  profile.busyMs += ms;
  profile.slices++;
  if (ms > profile.longestMs) profile.longestMs = ms;
}

export function recordHighlight(): void {
  if (!__RECOUPE_PROFILE__) return;
  if (profile.highlights++ === 0) profile.firstHighlightAt = performance.now();
}

export function recordScanDone(doc: Document): void {
  if (!__RECOUPE_PROFILE__) return;
  profile.scanDoneAt = performance.now();
  doc.documentElement.setAttribute('data-recoupe-profile', JSON.stringify(profile));
}
