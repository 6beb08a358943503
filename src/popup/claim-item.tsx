// One claim in the popup: its text, claimant and status; expands to the same details as the in-page card.
import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/browser.ts';
import { pick, type ClaimView } from '../shared/claim-view.ts';
import { ClaimDetails } from '../shared/ui/claim-details.tsx';
import { StatusBadge } from '../shared/ui/status-badge.tsx';

interface Props {
  readonly claim: ClaimView;
  readonly occurrences?: number;
  /** Scrolls the page to the claim and opens its card; absent for search results not on the page. */
  readonly onShow?: () => void;
}

export function ClaimItem({ claim, occurrences, onShow }: Props) {
  const [open, setOpen] = useState(false);
  const lang = uiLanguage();
  const detailsId = `details-${claim.id}`;
  return (
    <li class="claim-item" data-claim={claim.id}>
      <button class="claim-toggle" type="button" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span class="claim-summary-text">{pick(claim.text, lang)}</span>
        <span class="claim-meta">
          {pick(claim.claimant.name, lang)} · <StatusBadge status={claim.status} />
          {occurrences !== undefined && occurrences > 1 && <> · {t('popupOccurrences', String(occurrences))}</>}
        </span>
      </button>
      {onShow && (
        <button class="show-on-page" type="button" onClick={onShow}>
          {t('popupShowOnPage')}
        </button>
      )}
      {open && (
        <div id={detailsId} class="claim-expanded">
          <ClaimDetails claim={claim} claimLang={lang} uiLang={lang} />
        </div>
      )}
    </li>
  );
}
