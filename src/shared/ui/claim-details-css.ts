// Styles of ClaimDetails, as a string: the in-page card injects them into its shadow root and the popup
// into its document, so both look alike without a stylesheet the page could see.
// Colours are variables set by THEME_CSS: light by default, dark under prefers-color-scheme: dark, and
// either one forced by a `.rc-light` / `.rc-dark` class (the card follows the page it sits on).
import { PROVENANCE_CSS } from './provenance-css.ts';

const LIGHT = `
  --rc-bg: #ffffff; --rc-fg: #1b1b1b; --rc-muted: #595959; --rc-panel: #f4f4f1; --rc-border: #c9c9c9;
  --rc-link: #1f4f9a; --rc-focus: #1f4f9a; --rc-hover: #ececec; --rc-axis: #8a8a8a;
  --rc-relay: #6e6e6e; --rc-confirm: #1b7a3a; --rc-dispute: #c0262d; --rc-notcounted: #8a5300;`;
const DARK = `
  --rc-bg: #1e1e1e; --rc-fg: #ececec; --rc-muted: #bdbdbd; --rc-panel: #2a2a2a; --rc-border: #4a4a4a;
  --rc-link: #8ab4f8; --rc-focus: #8ab4f8; --rc-hover: #333333; --rc-axis: #8a8a8a;
  --rc-relay: #a8a8a8; --rc-confirm: #5cc97a; --rc-dispute: #ff8a8a; --rc-notcounted: #e8b45a;`;

/** Theme variables on any `.rc-theme` element (the card, the popup's body). */
export const THEME_CSS = `
.rc-theme {${LIGHT} color-scheme: light; }
@media (prefers-color-scheme: dark) { .rc-theme:not(.rc-light) {${DARK} color-scheme: dark; } }
.rc-theme.rc-dark {${DARK} color-scheme: dark; }
`;

export const CLAIM_DETAILS_CSS = `${THEME_CSS}
.claim-details { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--rc-fg); }
.claim-text { font-size: 15px; font-weight: 600; margin: 0 0 10px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0 0 10px; }
.facts dt { color: var(--rc-muted); }
.facts dd { margin: 0; }
.kind, .affiliation, .spokesperson { color: var(--rc-muted); }
.status-block { border-left: 4px solid; padding: 6px 10px; margin: 0 0 10px; background: var(--rc-panel); border-radius: 0 6px 6px 0; }
.status-badge { display: inline-flex; align-items: center; gap: 6px; font-weight: 700; font-size: 13px; color: var(--rc-fg); }
.status-line { display: inline-block; width: 18px; height: 0; }
.headline { margin: 4px 0 0; }
.evidence-group h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--rc-muted); margin: 10px 0 4px; }
.evidence-group ul { margin: 0; padding-left: 18px; }
.evidence-group li { margin: 0 0 6px; }
.relation { font-weight: 600; }
.summary { color: var(--rc-fg); }
.reason, .rating, .empty { color: var(--rc-muted); font-style: italic; }
a.source { color: var(--rc-link); }
a.source:focus-visible { outline: 2px solid var(--rc-focus); outline-offset: 1px; }
${PROVENANCE_CSS}`;
