// The selection card: the recorded claims closest to the text the reader selected, each with whether it
// would be underlined and why (the matcher's reasons in plain words), and "report a missed claim".
// Rendered by the card host in the same shadow root as the claim card.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimView } from '../../shared/claim-view.ts';
import { pick } from '../../shared/claim-view.ts';
import { t } from '../../shared/browser.ts';
import type { ReasonedClaim } from '../../core/match/reasons.ts';
import { reasonText } from '../../core/match/reason-text.ts';
import { StatusBadge } from '../../shared/ui/status-badge.tsx';
import { CardFrame } from './card-frame.tsx';

export interface AskProps {
  /** What the reader selected (shown as text, never parsed). */
  readonly selection: string;
  readonly candidates: readonly ReasonedClaim[];
  readonly claims: readonly ClaimView[];
  readonly claimLang: string;
  readonly uiLang: 'fr' | 'en';
  readonly theme: 'light' | 'dark' | undefined;
  readonly onClose: () => void;
  /** Records the selection as a missed claim; resolves to whether it was recorded. */
  readonly onReportMissed: () => Promise<boolean>;
}

export function AskCard({ selection, candidates, claims, claimLang, uiLang, theme, onClose, onReportMissed }: AskProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [reported, setReported] = useState<'no' | 'done' | 'failed'>('no');
  useEffect(() => {
    dialog.current?.focus();
    setReported('no');
  }, [selection]);
  const views = new Map(claims.map((c) => [c.id, c]));
  return (
    <CardFrame kind="ask" theme={theme} testId="ask-card" labelledBy="recoupe-ask-heading" heading={<span id="recoupe-ask-heading">{t('askHeading')}</span>} dialog={dialog} onClose={onClose}>
      <figure class="ask-selection">
        <figcaption>{t('askSelection')}</figcaption>
        <blockquote lang={claimLang}>{selection}</blockquote>
      </figure>
      {candidates.length === 0 ? (
        <p class="ask-none">{t('askNone')}</p>
      ) : (
        <ol class="ask-list">
          {candidates.map((c) => {
            const claim = views.get(c.claimId);
            if (!claim) return null;
            return (
              <li key={c.claimId} class="ask-candidate" data-claim={c.claimId} data-accepted={String(c.accepted)}>
                <p class="claim-text" lang={claimLang}>
                  {pick(claim.text, claimLang)}
                </p>
                <p class="ask-meta">
                  <StatusBadge status={claim.status} />
                  <span>{pick(claim.claimant.name, uiLang)}</span>
                </p>
                <p class="ask-verdict">{c.accepted ? t('askAccepted') : t('askRefused')}</p>
                <ul class="ask-reasons">
                  {c.reasons.map((r, i) => (
                    <li key={i} data-reason={r.kind}>
                      {reasonText(r, t)}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
      <div class="feedback">
        <button
          type="button"
          data-action="report-missed"
          onClick={(e) => {
            if (!e.isTrusted) return; // a page script's .click() is not the reader's report
            void onReportMissed().then((ok) => setReported(ok ? 'done' : 'failed'));
          }}
        >
          {t('askReportMissed')}
        </button>
        <p role="status" data-testid="missed-reported" data-state={reported}>
          {reported === 'done' ? t('askReported') : reported === 'failed' ? t('feedbackFailed') : ''}
        </p>
      </div>
    </CardFrame>
  );
}
