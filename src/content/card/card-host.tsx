// Owns the one card on the page: a <recoupe-card> host with a shadow root, placed next to the highlight
// within the viewport. The root is open (docs/adr/0006): a closed one would not stop a hostile page (it owns every pixel
// and can draw a fake card anyway) but would hide the card from accessibility tooling and tests; what the
// shadow boundary must do — keep page CSS out and ours in — it does either way. Closes on Escape, on the close button and on a click outside, and then
// gives focus back to the highlight.
import { render, type VNode } from 'preact';
import type { ClaimView } from '../../shared/claim-view.ts';
import { CLAIM_DETAILS_CSS } from '../../shared/ui/claim-details-css.ts';
import { ASK_CSS } from './ask-css.ts';
import { AskCard, type AskProps } from './ask-card.tsx';
import { CARD_CSS } from './card-css.ts';
import { Card } from './card.tsx';
import { pageTheme } from './page-theme.ts';

export const CARD_TAG = 'recoupe-card';
const GAP = 8;

export class CardHost {
  readonly #doc: Document;
  readonly #uiLang: 'fr' | 'en';
  #host: HTMLElement | undefined;
  #root: ShadowRoot | undefined;
  /** The highlight the card was opened from (undefined for the selection card). */
  #anchor: HTMLElement | undefined;
  /** The selection card is open: it has no highlight, focus goes back to where it was. */
  #asking: { returnTo: HTMLElement | null } | undefined;
  readonly #onOutside = (event: Event) => {
    const path = event.composedPath();
    if (this.#host && !path.includes(this.#host) && (!this.#anchor || !path.includes(this.#anchor))) this.close(false);
  };

  constructor(doc: Document, uiLang: 'fr' | 'en') {
    this.#doc = doc;
    this.#uiLang = uiLang;
  }

  get isOpen(): boolean {
    return this.#anchor !== undefined || this.#asking !== undefined;
  }

  get anchor(): HTMLElement | undefined {
    return this.#anchor;
  }

  /** `onNotThisClaim` runs on a trusted activation of the card's "Not this claim" button. */
  open(anchor: HTMLElement, claim: ClaimView, claimLang: string, onNotThisClaim: () => void): void {
    this.#closeAsk();
    if (this.#anchor && this.#anchor !== anchor) this.#anchor.setAttribute('aria-expanded', 'false');
    this.#anchor = anchor;
    anchor.setAttribute('aria-expanded', 'true');
    this.#show(<Card claim={claim} claimLang={claimLang} uiLang={this.#uiLang} onClose={() => this.close(true)} onNotThisClaim={onNotThisClaim} />, anchor.getClientRects()[0] ?? anchor.getBoundingClientRect());
  }

  /** The selection card: the closest recorded claims to the text selected in `range`, placed at the selection. */
  openAsk(range: Range, props: Omit<AskProps, 'uiLang' | 'onClose' | 'theme'>): void {
    if (this.#anchor) this.close(false);
    const active = this.#doc.activeElement;
    this.#asking ??= { returnTo: active instanceof HTMLElement && active !== this.#host ? active : null };
    const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    this.#show(<AskCard {...props} uiLang={this.#uiLang} theme={pageTheme(start)} onClose={() => this.close(true)} />, rect);
  }

  #show(content: VNode, rect: DOMRect): void {
    const root = this.#ensureRoot();
    render(content, root.lastElementChild!);
    this.#place(rect);
    this.#doc.addEventListener('pointerdown', this.#onOutside, true);
  }

  /** Closes the card; `returnFocus` puts the keyboard focus back on the highlight that opened it. */
  close(returnFocus: boolean): void {
    const returnTo = this.#anchor ?? this.#asking?.returnTo;
    if (!this.isOpen) return;
    this.#anchor?.setAttribute('aria-expanded', 'false');
    this.#anchor = undefined;
    this.#asking = undefined;
    this.#doc.removeEventListener('pointerdown', this.#onOutside, true);
    if (this.#root) render(null, this.#root.lastElementChild!);
    this.#host?.remove();
    if (returnFocus && returnTo?.isConnected) returnTo.focus({ preventScroll: true });
  }

  #closeAsk(): void {
    if (this.#asking) this.close(false);
  }

  destroy(): void {
    this.close(false);
    this.#host = undefined;
    this.#root = undefined;
  }

  #ensureRoot(): ShadowRoot {
    if (!this.#host || !this.#root) {
      this.#host = this.#doc.createElement(CARD_TAG);
      this.#root = this.#host.attachShadow({ mode: 'open' });
      const style = this.#doc.createElement('style');
      style.textContent = CARD_CSS + CLAIM_DETAILS_CSS + ASK_CSS;
      this.#root.append(style, this.#doc.createElement('div'));
    }
    if (!this.#host.isConnected) this.#doc.documentElement.append(this.#host);
    return this.#root;
  }

  /** Below the highlight (or selection) when it fits, else above; clamped to the viewport horizontally. */
  #place(rect: DOMRect): void {
    const host = this.#host!;
    const set = (name: string, value: string) => host.style.setProperty(name, value, 'important');
    // Inline !important beats every page rule, even one aimed at our tag: reset them all, then place.
    set('all', 'initial');
    // Text spacing stays open to the reader's own stylesheet (WCAG 1.4.12; axe's avoid-inline-spacing):
    // the card's CSS sets it on .card, where the page cannot reach.
    for (const name of ['letter-spacing', 'word-spacing', 'line-height']) host.style.removeProperty(name);
    set('position', 'absolute');
    set('z-index', '2147483647');
    set('display', 'block');
    set('top', '0px');
    set('left', '0px');
    const view = this.#doc.defaultView!;
    // Below when there is room, else on the roomier side, with the card's height capped to that room.
    const roomBelow = view.innerHeight - rect.bottom - 2 * GAP;
    const roomAbove = rect.top - 2 * GAP;
    const natural = host.getBoundingClientRect().height;
    const below = natural <= roomBelow || roomBelow >= roomAbove;
    set('--recoupe-max-height', `${Math.max(160, Math.floor(below ? roomBelow : roomAbove))}px`);
    const card = host.getBoundingClientRect();
    const top = below ? rect.bottom + GAP : rect.top - GAP - card.height;
    const left = Math.min(Math.max(GAP, rect.left), Math.max(GAP, view.innerWidth - card.width - GAP));
    set('top', `${Math.round(top + view.scrollY)}px`);
    set('left', `${Math.round(left + view.scrollX)}px`);
  }
}
