// The content script's lifecycle: scan the page, highlight matched sentences, open cards, follow page
// changes, report to the background, and stop cleanly. One controller per document; start() is idempotent
// and stop() restores the page's text nodes exactly.
import { withPieces, type ScannedBlock, type TextBlock } from '../core/extract/blocks.ts';
import { browser, t, uiLanguage, type Runtime } from '../shared/browser.ts';
import { pick, type ClaimView } from '../shared/claim-view.ts';
import { isContentCommand, type BlockMatch } from '../shared/messages.ts';
import { sliceBlock, type BlockSlice } from './block-slices.ts';
import { request } from '../shared/request.ts';
import { watchPage, type PageWatch } from './page-watch.ts';
import { recordHighlight, recordReply, recordScanDone, recordSlice } from './profile.ts';
import { loadReader } from './reader/load-reader.ts';
import type { Reader } from './reader/reader-api.ts';
import type { Highlight } from './highlight/highlight-set.ts';
import { pageKey, sentenceKey } from '../shared/feedback.ts';
import { forEachSliced, nextIdleSlice, scanSliced } from './schedule.ts';
import { collapse, locateSentences, visibleTextLines, type VisibleMatches } from './visible-text.ts';
import { isRendered } from './visibility.ts';
import { pageLanguage } from './page-language.ts';
import { publishedDate } from '../core/extract/page-date.ts';
import { datelineDate } from '../core/extract/dateline.ts';

/** Blocks per match request: big enough to keep messages few, small enough to highlight progressively. */
const BATCH_BLOCKS = 150;
const BATCH_CHARS = 60_000;
/** Lines of visible text per request: nothing is highlighted from them, so one request for most pages. */
const VISIBLE_BATCH_LINES = 2_000;

export class RecoupeController {
  readonly #doc: Document;
  /** The highlight and card code: loaded when the first match arrives, never on pages without one. */
  #reader: Reader | undefined;
  #abort: AbortController | undefined;
  /** Aborted when a full rescan supersedes the scans in progress (navigation, resume). */
  #generation = new AbortController();
  /** Scans run one after the other: a partial rescan never interleaves with a full one. */
  #queue: Promise<void> = Promise.resolve();
  #watch: PageWatch | undefined;
  #blockCount = 0;
  /** The date of the wire dateline the page's last full scan found, if the page declares no date. */
  #dateline: string | null = null;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  /** Starts scanning and watching the page. Calling it again while running does nothing. */
  start(): void {
    if (this.#abort) return;
    const abort = new AbortController();
    this.#abort = abort;
    const { signal } = abort;
    this.#doc.addEventListener('click', (e) => this.#onActivate(e), { capture: true, signal });
    this.#doc.addEventListener('keydown', (e) => this.#onKey(e), { capture: true, signal });
    this.#doc.addEventListener('focusin', (e) => this.#onFocus(e, true), { signal });
    this.#doc.addEventListener('focusout', (e) => this.#onFocus(e, false), { signal });
    this.#watch = watchPage(this.#doc, signal, {
      changed: (roots) => void this.#rescan(roots, signal).catch(reportError),
      navigated: () => void this.#rescanAll(signal).catch(reportError),
      rewritten: (nodes) => this.#undoRewritten(nodes),
    });
    void this.#rescanAll(signal).catch(reportError);
  }

  /** Stops watching and removes every highlight and the card, restoring the page as it was. */
  stop(): void {
    this.#abort?.abort();
    this.#generation.abort();
    this.#abort = undefined;
    this.#reader?.card.destroy();
    this.#reader?.highlights.clearAll();
    this.#watch = undefined;
  }

  /** Handles commands from the extension's own pages (popup). */
  listen(): void {
    browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
      // Only our own background and extension pages (the popup may be open in a tab, so it can carry a
      // `tab`): never another extension, never a web page.
      const fromOwnPage = sender.tab === undefined || (sender.url ?? '').startsWith(browser.runtime.getURL(''));
      if (sender.id !== browser.runtime.id || !fromOwnPage || !isContentCommand(message)) return undefined;
      if (message.type === 'content/show-claim') return Promise.resolve(this.#showClaim(message.claimId));
      if (message.type === 'content/ask-selection') {
        // Every frame of the tab gets the shortcut's command: only one holding a selection answers.
        const selection = this.#doc.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.toString().trim() === '') return undefined;
        return this.#ask(selection.getRangeAt(0).cloneRange(), selection.toString()).then(
          () => true,
          (error: unknown) => {
            reportError(error);
            return false;
          },
        );
      }
      if (message.paused) {
        this.stop();
        void this.#report().catch(reportError);
      } else this.start();
      return Promise.resolve(true);
    });
  }

  /** A scan of the whole body. It aborts every scan in progress or queued: their blocks are stale now. */
  #rescanAll(signal: AbortSignal): Promise<void> {
    this.#generation.abort();
    this.#generation = new AbortController();
    const scan = AbortSignal.any([signal, this.#generation.signal]);
    return this.#enqueue(async () => {
      if (scan.aborted) return;
      this.#reader?.card.close(false);
      this.#own(() => this.#reader?.highlights.clearAll());
      this.#blockCount = 0;
      await this.#scan(this.#doc.body, scan);
    });
  }

  #rescan(roots: readonly Node[], signal: AbortSignal): Promise<void> {
    const scan = AbortSignal.any([signal, this.#generation.signal]);
    return this.#enqueue(async () => {
      this.#reader?.highlights.pruneDetached();
      for (const root of roots) {
        if (scan.aborted) return;
        if (!root.isConnected) continue;
        const card = this.#reader?.card;
        if (card?.anchor && root.contains(card.anchor)) card.close(false);
        this.#own(() => this.#reader?.highlights.clearWithin(root));
        await this.#scan(root, scan);
      }
    });
  }

  /** The page set the data of text nodes we had split: undo those blocks' highlights now (rescanned later). */
  #undoRewritten(nodes: readonly Node[]): void {
    for (const node of nodes) {
      const reader = this.#reader;
      const block = reader?.highlights.blockOf(node);
      if (!reader || !block) continue;
      if (reader.card.anchor && block.contains(reader.card.anchor)) reader.card.close(false);
      this.#own(() => reader.highlights.clearBlock(block));
    }
  }

  #enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #scan(root: Node | null, signal: AbortSignal): Promise<void> {
    if (!root) return;
    // Read once per scan: a few meta tags, no selector query (the page may change them; a scan is short).
    // A page that declares no date may open on a wire dateline; a partial scan keeps the one the page had.
    let published = publishedDate(this.#doc) ?? this.#dateline;
    // Most pages hold no recorded claim: their visible text, read natively, settles that without walking
    // the DOM; only a page where some line matches is read block by block (ADR 0012).
    const visible = await this.#visibleText(root, signal);
    if (visible === 'stopped') return;
    if (published === null && visible !== undefined) published = this.#datelineOf(root, visible);
    const matched = visible === undefined ? 'all' : await this.#visibleMatches(visible, published, signal);
    if (signal.aborted) return;
    if (matched === 'none') {
      if (root === this.#doc.body) this.#blockCount = visible!.length;
      await this.#report();
      if (root === this.#doc.body) recordScanDone(this.#doc);
      return;
    }
    // The highlight code is fetched while the page is read block by block.
    if (matched !== 'all') void loadReader(this.#doc, uiLanguage()).catch(() => undefined);
    const blocks = await scanSliced(root, signal);
    if (!blocks) return;
    if (root === this.#doc.body) this.#blockCount = blocks.length;
    if (published === null) published = this.#datelineOf(root, blocks);
    if (matched !== 'all') {
      // The matched sentences are found again in the blocks' text, without matching them a second time.
      const located = locateSentences(blocks, matched.sentences);
      if (located.matches.length > 0) {
        await this.#apply(located.slices, located.matches, matched.claims, signal);
        if (signal.aborted) return;
        await this.#report();
        if (root === this.#doc.body) recordScanDone(this.#doc);
        return;
      }
    }
    // Slices and batches are made one request at a time: on a page of 20,000 blocks, making them all at
    // once after the last extraction slice was one run of 20+ ms.
    await nextIdleSlice();
    for (const batch of batches(slicesOf(blocks))) {
      if (signal.aborted) return;
      let reply;
      try {
        reply = await request('page/match', { url: location.href, lang: pageLanguage(this.#doc), published, blocks: batch.map((s) => s.text) });
      } catch (error) {
        // One batch the background could not answer (it was restarting): the rest of the page still counts.
        reportError(error);
        continue;
      }
      recordReply();
      if (signal.aborted) return;
      if (reply.paused) {
        this.stop();
        await this.#report();
        return;
      }
      await this.#apply(batch, reply.matches, reply.claims, signal);
    }
    if (signal.aborted) return;
    await this.#report();
    if (root === this.#doc.body) recordScanDone(this.#doc);
  }

  /** The wire dateline's date among these lines (src/core/extract/dateline.ts), kept for later partial scans. */
  #datelineOf(root: Node, lines: readonly { text: string }[]): string | null {
    const date = datelineDate(lines.map((l) => l.text)) ?? null;
    if (root === this.#doc.body) this.#dateline = date;
    return date;
  }

  /** The visible text lines under `root`, read in an idle period; undefined when it must be walked. */
  async #visibleText(root: Node, signal: AbortSignal): Promise<{ text: string }[] | 'stopped' | undefined> {
    await nextIdleSlice();
    if (signal.aborted) return 'stopped';
    const start = performance.now();
    const lines = visibleTextLines(root);
    recordSlice(performance.now() - start);
    return lines;
  }

  /**
   * The sentences of these lines that match a claim (whitespace collapsed) with the claims, 'none' when
   * nothing matches, 'all' when the background could not say (an error, or the site is paused: the
   * block-by-block path handles both).
   */
  async #visibleMatches(lines: { text: string }[], published: string | null, signal: AbortSignal): Promise<VisibleMatches | 'none' | 'all'> {
    const found: VisibleMatches = { sentences: [], claims: [] };
    for (const batch of batches(lines.flatMap((line) => sliceBlock(line)), VISIBLE_BATCH_LINES)) {
      if (signal.aborted) return 'none';
      let reply;
      try {
        reply = await request('page/match', { url: location.href, lang: pageLanguage(this.#doc), published, blocks: batch.map((s) => s.text) });
      } catch (error) {
        reportError(error);
        return 'all';
      }
      recordReply();
      if (reply.paused) return 'all';
      for (const m of reply.matches) {
        const sentence = collapse(batch[m.block]?.text.slice(m.start, m.end) ?? '');
        if (sentence) found.sentences.push({ sentence, claimId: m.claimId, score: m.score });
      }
      found.claims.push(...reply.claims);
    }
    return found.sentences.length > 0 ? found : 'none';
  }

  async #apply(batch: BlockSlice[], matches: BlockMatch[], claims: ClaimView[], signal: AbortSignal): Promise<void> {
    if (matches.length === 0) return;
    const reader = (this.#reader ??= await loadReader(this.#doc, uiLanguage()));
    if (signal.aborted) return;
    const views = new Map(claims.map((c) => [c.id, c]));
    const rendered = new Map<Element, boolean>();
    // Text nodes are kept only for matched blocks, found again here (one map entry per block: wrapping
    // updates a block's pieces, and later matches in the same block must see that).
    const full = new Map<ScannedBlock, TextBlock | undefined>();
    await forEachSliced(
      matches,
      (match) => {
        const slice = batch[match.block];
        const claim = views.get(match.claimId);
        if (!slice || !claim || !slice.block.element.isConnected) return;
        const { block: scanned, offset } = slice;
        if (!rendered.has(scanned.element)) rendered.set(scanned.element, isRendered(scanned.element));
        if (!rendered.get(scanned.element)) return; // text the reader cannot see is never highlighted
        if (!full.has(scanned)) full.set(scanned, withPieces(scanned));
        const block = full.get(scanned);
        if (!block) return; // the page changed this text since the scan
        const label = t('markLabel', [pick(claim.claimant.name, uiLanguage()), t(`status_${claim.status.replace(/-/g, '_')}`)]);
        const added = this.#own(() =>
          reader.highlights.add(block, offset + match.start, offset + match.end, claim, (first) => reader.createMark(this.#doc, claim.id, claim.status, label, first)),
        );
        if (added) recordHighlight();
      },
      signal,
    );
  }

  /** Our own DOM changes, hidden from the page watcher so they never trigger a rescan. */
  #own<T>(change: () => T): T {
    return this.#watch ? this.#watch.ownChange(change) : change();
  }

  async #report(): Promise<void> {
    await request('page/report', { url: location.href, blockCount: this.#blockCount, found: this.#reader?.highlights.summary() ?? [] });
  }

  #onActivate(event: MouseEvent): void {
    if (!event.isTrusted) return; // a page script cannot open our card by faking a click
    const highlight = this.#reader?.highlights.lookup(event.target as Element | null);
    if (!highlight) return;
    event.preventDefault(); // a highlight inside a link opens the card, not the link
    event.stopPropagation();
    this.#openCard(highlight.wrapped.marks[0]!, highlight.claim);
  }

  #onKey(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    if (event.key === 'Escape' && this.#reader?.card.isOpen) {
      this.#reader.card.close(true);
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const highlight = this.#reader?.highlights.lookup(event.target as Element | null);
    if (!highlight) return;
    event.preventDefault();
    this.#openCard(highlight.wrapped.marks[0]!, highlight.claim);
  }

  #onFocus(event: FocusEvent, on: boolean): void {
    const highlight = this.#reader?.highlights.lookup(event.target as Element | null);
    if (highlight) this.#reader?.showFocus(event.target as HTMLElement, on);
  }

  #openCard(anchor: HTMLElement, claim: ClaimView): void {
    const highlight = this.#reader?.highlights.lookup(anchor);
    this.#reader?.card.open(anchor, claim, pageLanguage(this.#doc) ?? 'en', () => {
      if (highlight) void this.#notThisClaim(highlight).catch(reportError);
    });
  }

  /**
   * "Not this claim": the background records the report, and from then on leaves this (page, claim,
   * sentence) out of its matches; rescanning the block removes the highlight now, a reload keeps it away.
   */
  async #notThisClaim(highlight: Highlight): Promise<void> {
    const sentence = sentenceKey(highlight.sentence);
    const reply = await request('page/feedback', { url: pageKey(location.href), lang: pageLanguage(this.#doc), sentence, claimId: highlight.claim.id });
    const block = this.#reader?.highlights.blockElementOf(highlight);
    const signal = this.#abort?.signal;
    if (!reply.ok || !block || !signal) return;
    this.#reader?.card.close(false);
    await this.#rescan([block], signal);
  }

  /** The selection card (its code is in the reader bundle, loaded now if this frame had no match yet). */
  async #ask(range: Range, selected: string): Promise<void> {
    const reader = (this.#reader ??= await loadReader(this.#doc, uiLanguage()));
    await reader.ask(range, selected, pageLanguage(this.#doc));
  }

  #showClaim(claimId: string): boolean {
    const highlight = this.#reader?.highlights.firstOf(claimId);
    if (!highlight) return false;
    const mark = highlight.wrapped.marks[0]!;
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
    this.#openCard(mark, highlight.claim);
    return true;
  }
}

function* slicesOf(blocks: readonly ScannedBlock[]): Generator<BlockSlice> {
  for (const block of blocks) yield* sliceBlock(block);
}

function* batches<S extends { readonly text: string }>(blocks: Iterable<S>, maxBlocks = BATCH_BLOCKS): Generator<S[]> {
  let batch: S[] = [];
  let chars = 0;
  for (const block of blocks) {
    if (batch.length > 0 && (batch.length >= maxBlocks || chars + block.text.length > BATCH_CHARS)) {
      yield batch;
      batch = [];
      chars = 0;
    }
    batch.push(block);
    chars += block.text.length;
  }
  if (batch.length > 0) yield batch;
}

function reportError(error: unknown): void {
  console.warn('Recoupe:', error);
}
