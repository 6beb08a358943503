// The claim card: a dialog next to the highlight, rendered by Preact in the card host's shadow root.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ClaimView } from '../../shared/claim-view.ts';
import { t } from '../../shared/browser.ts';
import { ClaimDetails } from '../../shared/ui/claim-details.tsx';
import { pageTheme } from './page-theme.ts';
import { CardFrame } from './card-frame.tsx';

interface Props {
  readonly claim: ClaimView;
  readonly claimLang: string;
  readonly uiLang: 'fr' | 'en';
  readonly onClose: () => void;
  /** The reader says this sentence does not state this claim (see docs/adr/0011). */
  readonly onNotThisClaim: () => void;
}

export function Card({ claim, claimLang, uiLang, onClose, onNotThisClaim }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), [claim.id]);
  // The host marks the highlight it opens from as expanded before rendering the card.
  const theme = useMemo(() => pageTheme(document.querySelector('recoupe-mark[aria-expanded="true"]')), [claim.id]);
  return (
    <CardFrame theme={theme} labelledBy="recoupe-claim-text" heading={<span>{t('cardHeading')}</span>} dialog={dialog} onClose={onClose}>
      <ClaimDetails claim={claim} claimLang={claimLang} uiLang={uiLang} textId="recoupe-claim-text" />
      <div class="feedback">
        <button
          type="button"
          data-action="not-this-claim"
          aria-describedby="recoupe-not-this-hint"
          onClick={(e) => {
            // The root is open: a page script can call .click() on this button. Only the reader's own
            // click or key press (trusted) counts.
            if (e.isTrusted) onNotThisClaim();
          }}
        >
          {t('cardNotThisClaim')}
        </button>
        <p class="hint" id="recoupe-not-this-hint">
          {t('cardNotThisClaimHint')}
        </p>
      </div>
    </CardFrame>
  );
}
