// Wraps a character range of a text block in highlight elements, one per text node it touches, and undoes
// that exactly: the page's original Text nodes get back their original data and the nodes we split off
// are removed, so scripts holding references to the page's text nodes still see the same nodes.
import type { TextBlock } from '../../core/extract/blocks.ts';

/** A page Text node we split, and the nodes split off it, so removal can join them back. */
interface SplitRecord {
  readonly original: Text;
  /** Nodes splitText() created from `original`, in document order. */
  readonly created: Text[];
  /** What `original` held once we had split it: any other value means the page rewrote it. */
  kept: string;
}

export interface Wrapped {
  /** The highlight elements, in document order. */
  readonly marks: HTMLElement[];
  /** The page's own Text nodes this wrap split or moved (the ones a page script may hold and rewrite). */
  readonly pageNodes: readonly Text[];
  /**
   * Restores the page's text nodes; safe to call twice, and after the page removed our nodes.
   * Wraps in one block must be undone in reverse order of creation (HighlightSet keeps them as a stack).
   */
  undo(): void;
}

/**
 * Wraps block.text[start, end) in elements made by `makeMark`. Returns undefined when the block's nodes
 * no longer hold the text they held at extraction (the page changed them meanwhile): better no highlight
 * than a wrong one. Updates block.pieces to the nodes after splitting, so later ranges of the same block
 * (other sentences in the same text node) can be wrapped too.
 */
export function wrapRange(block: TextBlock, start: number, end: number, makeMark: () => HTMLElement): Wrapped | undefined {
  const touched = block.pieces.filter((p) => p.end > start && p.start < end && p.end > p.start);
  if (touched.length === 0) return undefined;
  if (touched.some((p) => !p.node.isConnected || p.node.data.length !== p.end - p.start)) return undefined;

  const records: SplitRecord[] = [];
  const marks: HTMLElement[] = [];
  for (const piece of touched) {
    const record: SplitRecord = { original: piece.node, created: [], kept: '' };
    records.push(record);
    let target = piece.node;
    const from = Math.max(start - piece.start, 0);
    const to = Math.min(end - piece.start, piece.node.data.length);
    const replacement = [{ node: piece.node, start: piece.start, end: piece.start + to }];
    if (to < target.data.length) {
      const tail = target.splitText(to);
      record.created.push(tail);
      replacement.push({ node: tail, start: piece.start + to, end: piece.end });
    }
    if (from > 0) {
      target = target.splitText(from);
      record.created.unshift(target);
      replacement[0] = { node: piece.node, start: piece.start, end: piece.start + from };
      replacement.splice(1, 0, { node: target, start: piece.start + from, end: piece.start + to });
    }
    record.kept = piece.node.data;
    block.pieces.splice(block.pieces.indexOf(piece), 1, ...replacement);
    if (target.data.trim() === '') continue; // don't underline bare whitespace between inline elements
    const mark = makeMark();
    target.replaceWith(mark);
    mark.append(target);
    marks.push(mark);
  }

  let undone = false;
  return {
    marks,
    pageNodes: records.map((r) => r.original),
    undo() {
      if (undone) return;
      undone = true;
      for (const mark of marks) {
        if (mark.parentNode) mark.replaceWith(...Array.from(mark.childNodes));
      }
      for (const { original, created, kept } of records) {
        if (original.data !== kept) {
          // The page set its own node's data (a framework's keyed update): what it wrote is the whole text it
          // means that node to hold. The pieces we split off carry the old text: drop them, add nothing.
          for (const node of created) node.remove();
          continue;
        }
        // Join the pieces back as they are now: unchanged pieces give back the original data exactly.
        const data = original.data + created.map((node) => node.data).join('');
        for (const node of created) node.remove();
        if (original.data !== data) original.data = data;
      }
    },
  };
}
