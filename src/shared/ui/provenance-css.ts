// Styles of the provenance picture. Every mark differs by shape as well as colour; relays are grey and
// hollow ("repeated, not checked"), sources that did not count are hollow diamonds.
export const PROVENANCE_CSS = `
.provenance { margin: 4px 0 10px; padding: 0; }
.provenance figcaption { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--rc-muted); margin: 0 0 2px; }
.provenance-box { width: 100%; overflow: hidden; }
.provenance svg { display: block; overflow: visible; }
.provenance .lane-label { font: 12px system-ui, -apple-system, 'Segoe UI', sans-serif; fill: var(--rc-muted); }
.provenance .lane-line { stroke: var(--rc-border); stroke-width: 1; }
.provenance .undated-rule { stroke: var(--rc-border); stroke-dasharray: 2 3; }
.provenance .axis text { font: 11px system-ui, -apple-system, 'Segoe UI', sans-serif; fill: var(--rc-muted); }
.provenance .shape { fill: var(--rc-fg); stroke: var(--rc-bg); stroke-width: 1; }
.provenance [data-mark="relay"] .shape { fill: var(--rc-bg); stroke: var(--rc-relay); stroke-width: 2; stroke-dasharray: 2.5 2; }
.provenance [data-mark="confirms"] .shape, .provenance [data-mark="partly"] .shape { fill: var(--rc-confirm); }
.provenance [data-mark="partly"] .shape-ring { fill: var(--rc-bg); stroke: var(--rc-confirm); stroke-width: 1.5; }
.provenance [data-mark="disputes"] .shape { fill: var(--rc-dispute); }
.provenance [data-mark="rated"] .shape { fill: var(--rc-bg); stroke: var(--rc-muted); stroke-width: 2; }
.provenance [data-mark="not-counted"] .shape { fill: var(--rc-bg); stroke: var(--rc-notcounted); stroke-width: 2; }
.provenance .focus-ring { fill: none; stroke: none; }
.provenance a.dot { cursor: pointer; outline: none; }
.provenance a.dot:hover .focus-ring { fill: var(--rc-hover); }
.provenance a.dot:focus-visible .focus-ring { stroke: var(--rc-focus); stroke-width: 2; }
.provenance-legend { display: flex; flex-wrap: wrap; gap: 2px 12px; margin: 2px 0 0; font-size: 12px; color: var(--rc-muted); }
.provenance-legend .legend-item { display: inline-flex; align-items: center; gap: 4px; }
.provenance-legend svg { flex: none; overflow: visible; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
