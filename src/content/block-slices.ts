// Blocks as the background accepts them (messages.ts caps one block's text at MAX_BLOCK_CHARS).
import type { ScannedBlock } from '../core/extract/blocks.ts';
import { MAX_BLOCK_CHARS } from '../shared/messages.ts';

/** The part of a block's text sent in one request: `text` is `block.text` from `offset`. */
export interface BlockSlice<B extends { readonly text: string } = ScannedBlock> {
  readonly block: B;
  readonly offset: number;
  readonly text: string;
}

/**
 * A block as the background accepts it: blocks longer than MAX_BLOCK_CHARS (a text/plain page, a hidden
 * dump) are cut into slices that fit, at a sentence end where there is one, so they are matched rather
 * than refused. A sentence is never longer than a slice in practice; one cut in two is simply not matched.
 */
export function sliceBlock<B extends { readonly text: string } = ScannedBlock>(block: B, max = MAX_BLOCK_CHARS): BlockSlice<B>[] {
  if (!(max >= 1)) throw new RangeError(`sliceBlock: max must be at least 1, got ${max}`);
  const slices: BlockSlice<B>[] = [];
  let offset = 0;
  while (block.text.length - offset > max) {
    const window = block.text.slice(offset, offset + max);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('\u2029'));
    const space = window.lastIndexOf(' ');
    const cut = sentenceEnd > max / 2 ? sentenceEnd + 1 : space > max / 2 ? space + 1 : max;
    slices.push({ block, offset, text: block.text.slice(offset, offset + cut) });
    offset += cut;
  }
  slices.push({ block, offset, text: offset === 0 ? block.text : block.text.slice(offset) });
  return slices;
}
