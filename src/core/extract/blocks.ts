// Text blocks from a DOM: runs of text that read as one paragraph, across inline elements.
// Shared by the content script and the CLI so both agree on what a page says. Uses only standard DOM
// (TreeWalker, querySelectorAll; no `document` global, no computed style: callers pass `isHidden` for that).
import { isHiddenByAttributes } from './hidden.ts';
import { INLINE_TAGS, SKIPPED_TAGS, isEditable, isOwnChrome, tagOf } from './tags.ts';

export interface TextPiece<N = Text> {
  /** The text node; its full `data` maps to `block.text[start, end)`. */
  node: N;
  start: number;
  end: number;
}

export interface TextBlock<N = Text> {
  /** The block-level element the text sits in. */
  element: Element;
  text: string;
  pieces: TextPiece<N>[];
}

export interface ExtractOptions {
  isHidden?: (el: Element) => boolean;
  skipElement?: (el: Element) => boolean;
}

/** What a <br> becomes in block text: the one character sentence segmentation always breaks at. */
export const LINE_BREAK = '\u2029';

const ELEMENT_NODE = 1;

class BlockBuilder {
  parts: string[] = [];
  pieces: TextPiece[] = [];
  length = 0;
  hasText = false;

  add(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.pieces.push({ node, start: this.length, end: this.length + data.length });
    this.parts.push(data);
    this.length += data.length;
    if (!this.hasText && /\S/.test(data)) this.hasText = true;
  }

  /**
   * A <br> inside a block: a gap that no piece maps to. U+2029 (paragraph separator), not "\n",
   * because source newlines inside text nodes are plain whitespace in HTML and must not end sentences.
   */
  gap(): void {
    if (this.length === 0) return;
    this.parts.push(LINE_BREAK);
    this.length += 1;
  }

  take(element: Element): TextBlock | undefined {
    const block = this.hasText ? { element, text: this.parts.join(''), pieces: this.pieces } : undefined;
    this.parts = [];
    this.pieces = [];
    this.length = 0;
    this.hasText = false;
    return block;
  }
}

/** Elements that may need a closer look: one selector query up front instead of attribute calls on every element. */
const FLAGGED = '[hidden],[aria-hidden],[style],[contenteditable]';

interface Open {
  readonly el: Node;
  /** Block-level: leaving it ends the current block. */
  readonly block: boolean;
  /** Skipped (script, hidden, editable…): nothing inside is read. */
  readonly skipped: boolean;
}

function shouldSkip(el: Element, tag: string, flagged: ReadonlySet<Element>, options: ExtractOptions): boolean {
  if (SKIPPED_TAGS.has(tag) || isOwnChrome(tag)) return true;
  if (flagged.has(el) && (isEditable(el) || isHiddenByAttributes(el))) return true;
  if (options.skipElement?.(el)) return true;
  return options.isHidden?.(el) ?? false;
}

/**
 * Yields the text blocks under `root` in document order; a generator, so callers can slice the work by
 * time. The walk is a TreeWalker with a stack of open ancestors (no recursion: a hostile, deeply nested
 * page cannot overflow the stack). Reading the tree through the walker costs a few native calls per node
 * instead of about ten property reads, which made extraction 3 to 4 times faster on real pages
 * (docs/benchmarks.md). Text hidden by markup (hidden, aria-hidden, inline display:none) is skipped here;
 * computed style is the caller's business (options.isHidden).
 */
export function* iterateBlocks(root: Node, options: ExtractOptions = {}): Generator<TextBlock> {
  const builder = new BlockBuilder();
  const fallbackOwner = (root.nodeType === ELEMENT_NODE ? (root as Element) : root.ownerDocument?.documentElement) ?? null;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  const query = (root as Partial<ParentNode>).querySelectorAll?.bind(root as ParentNode);
  const flagged = new Set<Element>(query ? query(FLAGGED) : []);
  if (root.nodeType === ELEMENT_NODE) {
    const el = root as Element;
    if (shouldSkip(el, tagOf(el), new Set([el]), options)) return;
  }

  const open: Open[] = [{ el: root, block: false, skipped: false }];
  let skipping = 0; // skipped elements currently open
  const owner = (): Element | null => {
    for (let i = open.length - 1; i > 0; i--) if (open[i]!.block) return open[i]!.el as Element;
    return fallbackOwner;
  };
  // SHOW_ELEMENT | SHOW_TEXT | SHOW_CDATA_SECTION
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 | 0x8);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Close every open element that is not this node's parent: we have left them.
    const parent = node.parentNode;
    while (open.length > 1 && open[open.length - 1]!.el !== parent) {
      const left = open.pop()!;
      if (left.skipped) skipping--;
      else if (left.block && skipping === 0) {
        const block = builder.take(left.el as Element);
        if (block) yield block;
      }
    }
    if (node.nodeType !== ELEMENT_NODE) {
      if (skipping === 0) builder.add(node as Text);
      continue;
    }
    const el = node as Element;
    if (skipping > 0) {
      open.push({ el, block: false, skipped: false });
      continue;
    }
    const tag = tagOf(el);
    if (tag === 'BR') {
      builder.gap();
      open.push({ el, block: false, skipped: false });
    } else if (shouldSkip(el, tag, flagged, options)) {
      skipping++;
      open.push({ el, block: false, skipped: true });
    } else if (INLINE_TAGS.has(tag)) {
      open.push({ el, block: false, skipped: false });
    } else {
      const ownerEl = owner();
      const block = ownerEl ? builder.take(ownerEl) : undefined;
      if (block) yield block;
      open.push({ el, block: true, skipped: false });
    }
  }
  while (open.length > 1) {
    const left = open.pop()!;
    if (left.skipped) skipping--;
    else if (left.block && skipping === 0) {
      const block = builder.take(left.el as Element);
      if (block) yield block;
    }
  }
  const ownerEl = owner();
  const block = ownerEl ? builder.take(ownerEl) : undefined;
  if (block) yield block;
}
