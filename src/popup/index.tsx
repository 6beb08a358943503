// Toolbar popup: what Recoupe found on the current tab.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser, t } from '../shared/browser.ts';
import type { TabState } from '../shared/messages.ts';
import { request } from '../shared/request.ts';
import { findTargetTabId } from './target-tab.ts';
import './popup.css';

type Load = { kind: 'loading' } | { kind: 'no-tab' } | { kind: 'ready'; state: TabState | null };

function Popup() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  useEffect(() => {
    let tabId: number | undefined;
    const refresh = async () => {
      if (tabId === undefined) return;
      const { state } = await request('ui/tab-state', { tabId });
      setLoad({ kind: 'ready', state });
    };
    // The page may still be scanning when the popup opens: follow the tab's state as it changes.
    const onChanged = (_changes: unknown, area: string) => void (area === 'session' && refresh());
    browser.storage.onChanged.addListener(onChanged);
    void (async () => {
      tabId = await findTargetTabId(location.search);
      if (tabId === undefined) setLoad({ kind: 'no-tab' });
      else await refresh();
    })();
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  return (
    <>
      <h1>{t('popupTitle')}</h1>
      {load.kind === 'no-tab' && <p>{t('popupNoTab')}</p>}
      {load.kind === 'ready' && load.state === null && <p>{t('popupWaiting')}</p>}
      {load.kind === 'ready' && load.state !== null && (
        <p data-testid="scan-summary" data-block-count={load.state.blockCount}>
          {t('popupScanned', String(load.state.blockCount))}
        </p>
      )}
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
