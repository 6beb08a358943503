// Hidden by markup alone: the cheap test the extractor applies to every element. Computed style is left
// to callers, and the content script asks it only of the few blocks that matched (src/content/visibility.ts).
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

/** `hidden`, `aria-hidden="true"`, or an inline display:none / visibility:hidden. */
export function isHiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}
