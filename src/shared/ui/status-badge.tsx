// The status as a small labelled badge: the colour and line style of the page highlight, plus the word.
// The word is in the text colour of the theme: a status colour readable as small text on both a light
// and a dark card does not exist, one readable as a line (3:1) does.
import type { ClaimStatus } from '../../core/pack/types.ts';
import { t } from '../browser.ts';
import { STATUS_STYLES } from '../status-style.ts';

export function StatusBadge({ status }: { status: ClaimStatus }) {
  const style = STATUS_STYLES[status];
  return (
    <span class="status-badge" data-status={status} style={{ borderColor: style.colour }}>
      <span class="status-line" aria-hidden="true" style={{ borderBottom: `3px ${style.line === 'wavy' ? 'dotted' : style.line} ${style.colour}` }} />
      {t(style.label)}
    </span>
  );
}
