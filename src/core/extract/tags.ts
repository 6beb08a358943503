// Which elements continue a block of text (inline) and which are never read, by `localName` (lower-case
// for HTML elements in HTML and XHTML documents alike, and read without the upper-casing `tagName`
// costs on every element).
// Anything not listed as inline starts a new block: unknown custom elements are treated as blocks,
// which at worst splits a sentence, never glues two unrelated ones together.

export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'output',
  // Our own highlight wraps page text and must read as part of the sentence it marks.
  'recoupe-mark',
]);

/** Elements whose content is not page prose (or not ours to read). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'svg', 'math',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title', 'meta', 'link',
  'recoupe-card', 'recoupe-root',
]);

export function isEditable(el: Element): boolean {
  // The attribute alone decides. Editability is inherited, and the extractor skips the whole subtree of
  // an editing host, so the attribute on the host is enough. `isContentEditable` would be exact for
  // designMode documents too, but reading it makes Blink recompute the style of the whole page: on real
  // pages that was up to 85 ms in one call (docs/benchmarks.md). Some DOMs (linkedom) also report
  // contenteditable="false" as editable.
  const value = el.getAttribute('contenteditable');
  return value !== null && value.trim().toLowerCase() !== 'false';
}

/** Our elements other than the highlight (cards, roots, anything added later) are never page text. */
export function isOwnChrome(name: string): boolean {
  return name.startsWith('recoupe-') && name !== 'recoupe-mark';
}
