// The popup's data: which tab it is about, that tab's findings (kept live while the page scans) and
// the views of the claims found there.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser.ts';
import type { ClaimView } from '../shared/claim-view.ts';
import type { TabState } from '../shared/messages.ts';
import { request } from '../shared/request.ts';
import { findTargetTabId } from './target-tab.ts';

export type TabLoad =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'ready'; tabId: number; state: TabState | null; claims: ClaimView[] };

export function useTab(): TabLoad {
  const [load, setLoad] = useState<TabLoad>({ kind: 'loading' });
  useEffect(() => {
    let tabId: number | undefined;
    let alive = true;
    const refresh = async () => {
      if (tabId === undefined) return;
      const { state } = await request('ui/tab-state', { tabId });
      const { claims } = state ? await request('ui/claims', { ids: state.found.map((f) => f.claimId) }) : { claims: [] };
      if (alive) setLoad({ kind: 'ready', tabId, state, claims });
    };
    // The page may still be scanning when the popup opens: follow the tab's state as it changes.
    const onChanged = (_changes: unknown, area: string) => void (area === 'session' && refresh());
    browser.storage.onChanged.addListener(onChanged);
    void (async () => {
      tabId = await findTargetTabId(location.search);
      if (tabId === undefined) setLoad({ kind: 'no-tab' });
      else await refresh();
    })();
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return load;
}
