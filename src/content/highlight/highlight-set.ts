// Every highlight Recoupe placed in the document, grouped by the block element it lives in, so a changed
// block can be cleared and rescanned alone, and everything can be removed exactly (LIFO per block).
import type { TextBlock } from '../../core/extract/blocks.ts';
import type { ClaimView } from '../../shared/claim-view.ts';
import type { FoundClaim } from '../../shared/messages.ts';
import { wrapRange, type Wrapped } from './wrap.ts';

export interface Highlight {
  readonly claim: ClaimView;
  readonly sentence: string;
  readonly wrapped: Wrapped;
}

export class HighlightSet {
  readonly #byBlock = new Map<Element, Highlight[]>();
  /** Marks we created: only these respond to clicks and keys (a page can fake our tag, not this set). */
  readonly #marks = new WeakMap<Element, Highlight>();
  /** The block each page Text node we split belongs to, so a page rewrite of that node finds its highlights. */
  readonly #blockOfNode = new WeakMap<Text, Element>();

  add(block: TextBlock, start: number, end: number, claim: ClaimView, makeMark: (first: boolean) => HTMLElement): Highlight | undefined {
    let first = true;
    const wrapped = wrapRange(block, start, end, () => {
      const mark = makeMark(first);
      first = false;
      return mark;
    });
    if (!wrapped || wrapped.marks.length === 0) {
      wrapped?.undo();
      return undefined;
    }
    const highlight: Highlight = { claim, sentence: block.text.slice(start, end), wrapped };
    const list = this.#byBlock.get(block.element) ?? [];
    list.push(highlight);
    this.#byBlock.set(block.element, list);
    for (const mark of wrapped.marks) this.#marks.set(mark, highlight);
    for (const node of wrapped.pageNodes) this.#blockOfNode.set(node, block.element);
    return highlight;
  }

  /** The block whose highlights split this page Text node, if any is still highlighted. */
  blockOf(node: Node): Element | undefined {
    const element = this.#blockOfNode.get(node as Text);
    return element && this.#byBlock.has(element) ? element : undefined;
  }

  /** Removes the highlights of one block (the page rewrote one of its text nodes). */
  clearBlock(element: Element): void {
    this.#clearBlock(element);
  }

  /** The block element a highlight lives in, while it is still recorded. */
  blockElementOf(highlight: Highlight): Element | undefined {
    for (const [element, list] of this.#byBlock) if (list.includes(highlight)) return element;
    return undefined;
  }

  /** The highlight an element belongs to, if Recoupe created that element. */
  lookup(el: Element | null): Highlight | undefined {
    const mark = el?.closest('recoupe-mark');
    return mark ? this.#marks.get(mark) : undefined;
  }

  /** Removes the highlights of every block inside (or containing) `root`. */
  clearWithin(root: Node): void {
    for (const element of [...this.#byBlock.keys()]) {
      if (root.contains(element) || element.contains(root)) this.#clearBlock(element);
    }
  }

  clearAll(): void {
    for (const element of [...this.#byBlock.keys()]) this.#clearBlock(element);
  }

  /** Drops records of highlights whose marks the page removed from the document. */
  pruneDetached(): void {
    for (const [element, list] of this.#byBlock) {
      const alive = list.filter((h) => h.wrapped.marks.some((m) => m.isConnected));
      if (alive.length === list.length) continue;
      if (alive.length === 0) this.#byBlock.delete(element);
      else this.#byBlock.set(element, alive);
    }
  }

  all(): Highlight[] {
    return [...this.#byBlock.values()].flat();
  }

  /** The first highlight of a claim, in document order. */
  firstOf(claimId: string): Highlight | undefined {
    const candidates = this.all().filter((h) => h.claim.id === claimId && h.wrapped.marks[0]?.isConnected);
    candidates.sort((a, b) => (a.wrapped.marks[0]!.compareDocumentPosition(b.wrapped.marks[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return candidates[0];
  }

  summary(): FoundClaim[] {
    const found = new Map<string, FoundClaim>();
    for (const { claim } of this.all()) {
      const seen = found.get(claim.id);
      found.set(claim.id, { claimId: claim.id, status: claim.status, occurrences: (seen?.occurrences ?? 0) + 1 });
    }
    return [...found.values()];
  }

  #clearBlock(element: Element): void {
    const list = this.#byBlock.get(element) ?? [];
    for (const highlight of list.reverse()) highlight.wrapped.undo();
    this.#byBlock.delete(element);
  }
}
