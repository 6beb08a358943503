// The highlight element. Not a registered custom element (content scripts cannot define them in Chromium):
// a plain element with a custom tag, styled inline with !important so page CSS — even `* {…}` or rules
// aimed at our tag — cannot hide, move or restyle it. Only the underline is ours; font and colour inherit.
import type { ClaimStatus } from '../../core/pack/types.ts';
import { STATUS_STYLES } from '../../shared/status-style.ts';

export const MARK_TAG = 'recoupe-mark';

const BASE_STYLE: Record<string, string> = {
  display: 'inline',
  position: 'static',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'none',
  'text-decoration-line': 'underline',
  'text-decoration-thickness': '2px',
  'text-underline-offset': '3px',
  'text-decoration-skip-ink': 'auto',
  cursor: 'pointer',
  visibility: 'visible',
  opacity: '1',
  'pointer-events': 'auto',
  outline: 'none',
  'border-radius': '2px',
};

export function createMark(doc: Document, claimId: string, status: ClaimStatus, label: string, focusable: boolean): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  const style = STATUS_STYLES[status];
  for (const [name, value] of Object.entries(BASE_STYLE)) mark.style.setProperty(name, value, 'important');
  mark.style.setProperty('text-decoration-color', style.colour, 'important');
  mark.style.setProperty('text-decoration-style', style.line, 'important');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-label', label);
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-expanded', 'false');
  mark.dataset.recoupeStatus = status;
  mark.dataset.recoupeClaim = claimId;
  // One tab stop per highlighted sentence, even when it spans several text nodes.
  mark.tabIndex = focusable ? 0 : -1;
  return mark;
}

/** A visible focus ring, set inline because inline styles cannot express :focus-visible. */
export function showFocus(mark: HTMLElement, on: boolean): void {
  if (on) mark.style.setProperty('outline', `2px solid ${STATUS_STYLES[(mark.dataset.recoupeStatus ?? 'unverified') as ClaimStatus].colour}`, 'important');
  else mark.style.setProperty('outline', 'none', 'important');
  mark.style.setProperty('outline-offset', '2px', 'important');
}
