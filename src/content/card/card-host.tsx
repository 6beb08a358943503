// Owns the one card on the page: a <recoupe-card> host with a shadow root, placed next to the highlight
// within the viewport. The root is open (docs/adr/0006): a closed one would not stop a hostile page (it owns every pixel
// and can draw a fake card anyway) but would hide the card from accessibility tooling and tests; what the
// shadow boundary must do — keep page CSS out and ours in — it does either way. Closes on Escape, on the close button and on a click outside, and then
// gives focus back to the highlight.
import { render } from 'preact';
import type { ClaimView } from '../../shared/claim-view.ts';
import { CLAIM_DETAILS_CSS } from '../../shared/ui/claim-details-css.ts';
import { CARD_CSS } from './card-css.ts';
import { Card } from './card.tsx';

export const CARD_TAG = 'recoupe-card';
const GAP = 8;

export class CardHost {
  readonly #doc: Document;
  readonly #uiLang: 'fr' | 'en';
  #host: HTMLElement | undefined;
  #root: ShadowRoot | undefined;
  #anchor: HTMLElement | undefined;
  readonly #onOutside = (event: Event) => {
    if (this.#host && !event.composedPath().includes(this.#host) && !event.composedPath().includes(this.#anchor!)) this.close(false);
  };

  constructor(doc: Document, uiLang: 'fr' | 'en') {
    this.#doc = doc;
    this.#uiLang = uiLang;
  }

  get isOpen(): boolean {
    return this.#anchor !== undefined;
  }

  get anchor(): HTMLElement | undefined {
    return this.#anchor;
  }

  open(anchor: HTMLElement, claim: ClaimView, claimLang: string): void {
    if (this.#anchor && this.#anchor !== anchor) this.#anchor.setAttribute('aria-expanded', 'false');
    this.#anchor = anchor;
    anchor.setAttribute('aria-expanded', 'true');
    const root = this.#ensureRoot();
    render(<Card claim={claim} claimLang={claimLang} uiLang={this.#uiLang} onClose={() => this.close(true)} />, root.lastElementChild!);
    this.#place(anchor);
    this.#doc.addEventListener('pointerdown', this.#onOutside, true);
  }

  /** Closes the card; `returnFocus` puts the keyboard focus back on the highlight that opened it. */
  close(returnFocus: boolean): void {
    const anchor = this.#anchor;
    if (!anchor) return;
    this.#anchor = undefined;
    anchor.setAttribute('aria-expanded', 'false');
    this.#doc.removeEventListener('pointerdown', this.#onOutside, true);
    if (this.#root) render(null, this.#root.lastElementChild!);
    this.#host?.remove();
    if (returnFocus && anchor.isConnected) anchor.focus({ preventScroll: true });
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
      style.textContent = CARD_CSS + CLAIM_DETAILS_CSS;
      this.#root.append(style, this.#doc.createElement('div'));
    }
    if (!this.#host.isConnected) this.#doc.documentElement.append(this.#host);
    return this.#root;
  }

  /** Below the highlight when it fits, else above; clamped to the viewport horizontally. */
  #place(anchor: HTMLElement): void {
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
    const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
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
