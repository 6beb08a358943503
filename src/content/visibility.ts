// Whether the reader can see a block. Asked only of blocks that matched a claim, not of every element:
// computed style for every element of a large page cost more than everything else the content script
// does (see docs/benchmarks.md), while matched blocks are a handful per page.
export function isRendered(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false, opacityProperty: false });
  }
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node && view; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return true;
}
