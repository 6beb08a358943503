// The toolbar popup: the claims found on this page grouped by status, database search, pause on this
// site, and the way to the options page.
import { useEffect, useState } from 'preact/hooks';
import { browser, t } from '../shared/browser.ts';
import type { ContentCommand } from '../shared/messages.ts';
import { request } from '../shared/request.ts';
import { STATUS_ORDER } from '../shared/status-style.ts';
import { ClaimItem } from './claim-item.tsx';
import { SearchBox } from './search-box.tsx';
import { useTab } from './use-tab.ts';

export function App() {
  const load = useTab();
  const [claimCount, setClaimCount] = useState<number | null>(null);
  useEffect(() => void request('ui/db-info', {}).then((info) => setClaimCount(info.claimCount)), []);

  return (
    <>
      <header class="top">
        <h1>{t('popupTitle')}</h1>
        <button class="link" type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </header>
      {load.kind === 'no-tab' && <p class="empty">{t('popupNoTab')}</p>}
      {load.kind === 'ready' && <TabFindings load={load} claimCount={claimCount} />}
      <SearchBox />
    </>
  );
}

function TabFindings({ load, claimCount }: { load: Extract<ReturnType<typeof useTab>, { kind: 'ready' }>; claimCount: number | null }) {
  const { tabId, state, claims } = load;
  if (state === null) return <p class="empty">{t('popupWaiting')}</p>;
  const occurrences = new Map(state.found.map((f) => [f.claimId, f.occurrences]));
  const show = async (claimId: string) => {
    const command: ContentCommand = { type: 'content/show-claim', claimId };
    await browser.tabs.sendMessage(tabId, command);
    // In the toolbar popup, get out of the way so the card on the page is visible.
    if ((await browser.tabs.getCurrent()) === undefined) window.close();
  };
  const togglePause = () => void request('ui/set-paused', { tabId, paused: !state.paused });
  return (
    <section aria-labelledby="found-heading">
      <div class="site-row">
        <h2 id="found-heading" data-testid="scan-summary" data-block-count={state.blockCount} data-found={claims.length}>
          {state.paused ? t('popupPausedHere') : t('popupFoundCount', String(claims.length))}
        </h2>
        <button type="button" class="pause" data-testid="pause-site" aria-pressed={state.paused} onClick={togglePause}>
          {state.paused ? t('popupResume') : t('popupPause')}
        </button>
      </div>
      {!state.paused && claims.length === 0 && (
        <p class="empty" data-testid="empty-state">
          {t('popupNoneFound', claimCount === null ? '…' : String(claimCount))}
        </p>
      )}
      {STATUS_ORDER.map((status) => {
        const group = claims.filter((c) => c.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} class="status-group" data-status={status}>
            <h3>{t(`group_${status.replace(/-/g, '_')}`, String(group.length))}</h3>
            <ul class="claims">
              {group.map((claim) => (
                <ClaimItem key={claim.id} claim={claim} occurrences={occurrences.get(claim.id)} onShow={() => void show(claim.id)} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
