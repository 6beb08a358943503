// Styles of ClaimDetails, as a string: the in-page card injects them into its shadow root and the popup
// into its document, so both look alike without a stylesheet the page could see.
export const CLAIM_DETAILS_CSS = `
.claim-details { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1b1b1b; }
.claim-text { font-size: 15px; font-weight: 600; margin: 0 0 10px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0 0 10px; }
.facts dt { color: #5b5b5b; }
.facts dd { margin: 0; }
.kind, .affiliation, .spokesperson { color: #4a4a4a; }
.status-block { border-left: 4px solid; padding: 6px 10px; margin: 0 0 10px; background: #f6f6f4; border-radius: 0 6px 6px 0; }
.status-badge { display: inline-flex; align-items: center; gap: 6px; font-weight: 700; font-size: 13px; }
.status-line { display: inline-block; width: 18px; height: 0; }
.headline { margin: 4px 0 0; }
.evidence-group h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #444; margin: 10px 0 4px; }
.evidence-group ul { margin: 0; padding-left: 18px; }
.evidence-group li { margin: 0 0 6px; }
.relation { font-weight: 600; }
.summary { color: #333; }
.reason, .rating, .empty { color: #5b5b5b; font-style: italic; }
a.source { color: #1f4f9a; }
a.source:focus-visible { outline: 2px solid #1f4f9a; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .claim-details { color: #ececec; }
  .facts dt, .kind, .affiliation, .spokesperson, .reason, .rating, .empty { color: #b8b8b8; }
  .status-block { background: #2a2a2a; }
  .summary { color: #dcdcdc; }
  .evidence-group h3 { color: #c8c8c8; }
  a.source { color: #8ab4f8; }
}
`;
