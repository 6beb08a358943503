// The pre-filter of a scan (ADR 0012): the text the reader sees under a root, read with one `innerText`
// call, cut into lines. The browser computes it in native code without handing the content script a
// single DOM node: on the corpus pages it costs about one cold bare TreeWalker pass (median 1.0 ms vs
// 1.1 ms), while walking the DOM from the isolated world costs several (a wrapper for every node).
// It decides only WHETHER anything on the page matches a claim: where a line matches, the page is read
// again with the block extractor (src/core/extract/blocks.ts) and matched again, and only that exact
// path places highlights. A line that matches wrongly costs one extra scan, never a wrong highlight.
import type { ScannedBlock } from '../core/extract/blocks.ts';

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

/**
 * The blocks that contain a sentence the visible text matched: only they are matched again (on the demo
 * article that halves the matching before the first highlight). All blocks when none contains one (the
 * two readings of the page differ there) or when the visible text was not read.
 */
export function withSentences(blocks: ScannedBlock[], sentences: Set<string> | 'all'): ScannedBlock[] {
  if (sentences === 'all') return blocks;
  const found = blocks.filter((block) => {
    const text = collapse(block.text);
    for (const sentence of sentences) if (text.includes(sentence)) return true;
    return false;
  });
  return found.length > 0 ? found : blocks;
}
