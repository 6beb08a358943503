// Which elements continue a block of text (inline) and which are never read.
// Anything not listed as inline starts a new block: unknown custom elements are treated as blocks,
// which at worst splits a sentence, never glues two unrelated ones together.

export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I',
  'INS', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE',
  'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'OUTPUT',
  // Our own highlight wraps page text and must read as part of the sentence it marks.
  'RECOUPE-MARK',
]);

/** Elements whose content is not page prose (or not ours to read). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'MATH',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
  'RECOUPE-CARD', 'RECOUPE-ROOT',
]);

/** Upper-case tag name for HTML and XML-ish (SVG, XHTML) documents alike. */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

export function isEditable(el: Element): boolean {
  // The attribute alone decides. Editability is inherited, and the extractor skips the whole subtree of
  // an editing host, so the attribute on the host is enough. `isContentEditable` would be exact for
  // designMode documents too, but reading it makes Blink recompute the style of the whole page: on real
  // pages that was up to 85 ms in one call (docs/benchmarks.md). Some DOMs (linkedom) also report
  // contenteditable="false" as editable.
  if (!el.hasAttribute('contenteditable')) return false;
  return (el.getAttribute('contenteditable') ?? '').trim().toLowerCase() !== 'false';
}

/** Our elements other than the highlight (cards, roots, anything added later) are never page text. */
export function isOwnChrome(tag: string): boolean {
  return tag.startsWith('RECOUPE-') && tag !== 'RECOUPE-MARK';
}
