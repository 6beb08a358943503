// The pre-filter of a scan (ADR 0012): the text the reader sees under a root, read with one `innerText`
// call, cut into lines. The browser computes it in native code without handing the content script a
// single DOM node: on the corpus pages it costs about one cold bare TreeWalker pass (median 1.0 ms vs
// 1.1 ms), while walking the DOM from the isolated world costs several (a wrapper for every node).
// Where a line matches, the page is read with the block extractor (src/core/extract/blocks.ts) and each
// matched sentence is found again in the blocks' own text, which is where highlights go; a sentence found
// in no block is not highlighted, and when none is found the blocks are matched as before.
import type { ScannedBlock } from '../core/extract/blocks.ts';
import type { ClaimView } from '../shared/claim-view.ts';
import type { BlockMatch } from '../shared/messages.ts';
import type { BlockSlice } from './block-slices.ts';

/**
 * Above this many elements a single innerText call could exceed the 10 ms a task of ours may take; such
 * pages go straight to the sliced extractor. The largest corpus page has 2,466 elements.
 */
const MAX_ELEMENTS = 8_000;
const LINE_BREAKS = /[\n\r\t]+/;
const NOT_BLANK = /\S/;

/** The visible text under `root` as lines (table cells apart), or undefined when it must be walked instead. */
export function visibleTextLines(root: Node): { text: string }[] | undefined {
  if (root.nodeType !== 1 || !root.isConnected) return undefined;
  const el = root as HTMLElement;
  // item(n), not length: the browser stops counting at n (length counted 120,000 elements in 8 ms).
  if (!('innerText' in el) || el.getElementsByTagName('*').item(MAX_ELEMENTS) !== null) return undefined; // SVG, MathML: no innerText
  const lines: { text: string }[] = [];
  for (const line of el.innerText.split(LINE_BREAKS)) if (NOT_BLANK.test(line)) lines.push({ text: line });
  return lines;
}

const SPACES = /[\s\u2029]+/g;
/** Whitespace collapsed: how a sentence of the visible text is looked for in a block's text. */
export const collapse = (text: string): string => text.replace(SPACES, ' ').trim();

/** What the visible text matched: each sentence (whitespace collapsed) with its claim, and the claims. */
export interface VisibleMatches {
  sentences: { sentence: string; claimId: string; score: number }[];
  claims: ClaimView[];
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * The matched sentences found again in the blocks' own text (any run of whitespace, or a <br>, where the
 * visible text had one space): every occurrence becomes a match of that block, as the background would
 * have returned it. A sentence found in no block is dropped; if none is found, `matches` is empty and
 * the caller matches the blocks instead.
 */
export function locateSentences(blocks: readonly ScannedBlock[], sentences: VisibleMatches['sentences']): { slices: BlockSlice[]; matches: BlockMatch[] } {
  const slices: BlockSlice[] = [];
  const matches: BlockMatch[] = [];
  const index = new Map<ScannedBlock, number>();
  // A sentence the page repeats comes back once per line; each occurrence in the blocks is found below, once.
  const seen = new Set<string>();
  for (const { sentence, claimId, score } of sentences) {
    const key = `${claimId}\u0000${sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pattern = new RegExp(sentence.replace(REGEX_SPECIAL, '\\$&').replace(/ /g, '[\\s\\u2029]+'), 'g');
    for (const block of blocks) {
      for (const m of block.text.matchAll(pattern)) {
        let at = index.get(block);
        if (at === undefined) {
          at = slices.push({ block, offset: 0, text: block.text }) - 1;
          index.set(block, at);
        }
        matches.push({ block: at, start: m.index, end: m.index + m[0].length, claimId, score });
      }
    }
  }
  return { slices, matches };
}
