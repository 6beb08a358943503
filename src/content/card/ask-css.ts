// The selection card's own parts; the frame, theme and claim text styles are the claim card's.
export const ASK_CSS = `
.ask-selection { margin: 0 0 10px; }
.ask-selection figcaption { font: 600 12px/1.3 system-ui, sans-serif; color: var(--rc-muted); }
.ask-selection blockquote { margin: 2px 0 0; padding-left: 8px; border-left: 3px solid var(--rc-border); font: italic 13px/1.4 system-ui, sans-serif; color: var(--rc-fg); }
.ask-none { font: 14px/1.45 system-ui, sans-serif; color: var(--rc-fg); margin: 6px 0; }
.ask-list { list-style: none; margin: 0; padding: 0; font: 14px/1.45 system-ui, sans-serif; color: var(--rc-fg); }
.ask-candidate { border-top: 1px solid var(--rc-border); padding: 8px 0; }
.ask-candidate .claim-text { margin: 0 0 4px; }
.ask-meta { margin: 0 0 4px; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; font-size: 13px; }
.ask-verdict { margin: 0; font-weight: 600; }
.ask-reasons { margin: 2px 0 0; padding-left: 18px; }
.feedback { border-top: 1px solid var(--rc-border); margin-top: 8px; padding-top: 8px; font: 13px/1.4 system-ui, sans-serif; color: var(--rc-fg); }
.feedback p { margin: 4px 0 0; }
.feedback .hint { color: var(--rc-muted); }
.feedback button { font: 600 13px/1.2 system-ui, sans-serif; color: var(--rc-fg); background: var(--rc-bg); border: 1px solid var(--rc-border); border-radius: 6px; padding: 5px 10px; cursor: pointer; }
.feedback button:hover { background: var(--rc-hover); }
.feedback button:focus-visible { outline: 2px solid var(--rc-focus); outline-offset: 1px; }
`;
