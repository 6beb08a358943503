// The card's own frame. `:host { all: initial }` cuts every inherited page style at the shadow boundary.
// Colours come from the theme variables of claim-details-css.ts (the card carries `.rc-theme`).
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: min(420px, calc(100vw - 16px)); max-height: min(var(--recoupe-max-height, 70vh), 560px); overflow: auto;
  background: var(--rc-bg); color: var(--rc-fg); border: 1px solid var(--rc-border); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.22); padding: 12px 14px 10px;
  letter-spacing: normal; word-spacing: normal; line-height: normal;
}
.card:focus { outline: none; }
.top { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 6px;
  font: 600 12px/1.2 system-ui, sans-serif; color: var(--rc-muted); text-transform: uppercase; letter-spacing: .05em; }
.close { all: unset; cursor: pointer; font: 20px/1 system-ui, sans-serif; color: var(--rc-fg); padding: 2px 6px; border-radius: 4px; }
.close:hover { background: var(--rc-hover); }
.close:focus-visible { outline: 2px solid var(--rc-focus); }
`;
