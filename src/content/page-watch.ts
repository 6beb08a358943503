// Follows a live page: a debounced MutationObserver reports the block containers whose text changed,
// ignoring Recoupe's own changes (see ownChange), and a URL check catches single-page-app navigation
// (history.pushState is invisible from a content script's isolated world, but its DOM changes are not).
// Our nodes are told apart by identity, never by tag name: a page can make its own <recoupe-mark>, and a
// page's change to text inside one of our marks is a page change like any other.

const DEBOUNCE_MS = 250;
/** Containers a changed node is rescanned within: the nearest of these around it. */
const BLOCK_SELECTOR = 'p,li,dd,dt,td,th,h1,h2,h3,h4,h5,h6,blockquote,figcaption,pre,article,section,main,aside,div,body';

export interface PageWatchEvents {
  changed(roots: readonly Element[]): void;
  navigated(): void;
  /**
   * Called at once (not debounced) with text nodes whose data the page set: if we had split one, the page
   * now shows its new text beside our stale pieces until they are undone, so they must be undone now.
   */
  rewritten(nodes: readonly Node[]): void;
}

export interface PageWatch {
  /**
   * Runs our own synchronous DOM changes (wrapping, unwrapping) so that the observer never sees them:
   * records queued before are kept, records made by `change` are dropped. Exact, unlike guessing from
   * node names, so a rescan can never trigger itself.
   */
  ownChange<T>(change: () => T): T;
}

export function watchPage(doc: Document, signal: AbortSignal, events: PageWatchEvents): PageWatch {
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let url = doc.location.href;

  const flush = () => {
    timer = undefined;
    if (signal.aborted) return;
    if (doc.location.href !== url) {
      url = doc.location.href;
      pending = new Set();
      events.navigated();
      return;
    }
    const roots = outermost([...pending].map(rootOf).filter((el): el is Element => el !== null && el.isConnected && /\S/.test(el.textContent ?? '')));
    pending = new Set();
    if (roots.length > 0) events.changed(roots);
  };

  const collect = (records: MutationRecord[]) => {
    // The card host coming and going at the document's end has no block container, so it is dropped below.
    const rewritten = records.filter((r) => r.type === 'characterData').map((r) => r.target);
    if (rewritten.length > 0 && !signal.aborted) events.rewritten(rewritten);
    for (const record of records) {
      if (record.type === 'childList' && isPageLevel(record.target)) {
        // A node added to or removed from <body> itself (a tracking pixel, a widget, an overlay) changes no
        // text around it: only what was added is scanned, never the whole body again.
        for (const node of record.addedNodes) pending.add(node);
      } else pending.add(record.target);
    }
    if (pending.size > 0 && timer === undefined) timer = setTimeout(flush, DEBOUNCE_MS);
  };

  const observer = new MutationObserver(collect);
  observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
  doc.defaultView?.addEventListener(
    'popstate',
    () => {
      if (timer === undefined) timer = setTimeout(flush, DEBOUNCE_MS);
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  return {
    ownChange(change) {
      if (signal.aborted) return change();
      collect(observer.takeRecords());
      try {
        return change();
      } finally {
        observer.takeRecords();
      }
    },
  };
}

/**
 * The element to rescan for a changed node: its nearest block container, except that <body> and <html>
 * are never chosen for a change inside a smaller element (a clock ticking in a <span> directly under
 * <body>): that element alone is rescanned. Loose text directly in <body> still rescans <body>.
 */
function rootOf(node: Node): Element | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el) return null;
  const container = el.closest(BLOCK_SELECTOR);
  if (container && !isPageLevel(container)) return container;
  return isPageLevel(el) ? (el.ownerDocument.body ?? null) : el;
}

function isPageLevel(node: Node): boolean {
  return node === node.ownerDocument?.body || node === node.ownerDocument?.documentElement;
}

/** Drops roots inside other roots: each subtree is rescanned once. */
function outermost(roots: Element[]): Element[] {
  const unique = [...new Set(roots)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}
