// Background (service worker in Chromium, event page in Firefox): owns the claim index, answers the
// content scripts' match requests, keeps per-tab results and the toolbar badge.
import { browser } from '../shared/browser.ts';
import { createRouter } from './router.ts';
import { TabStates } from './tab-state.ts';
import { matchBlocks } from './matching.ts';

const tabs = new TabStates();

const route = createRouter(
  {
    'page/match': async (payload) => ({ ...matchBlocks(payload.blocks, payload.lang), paused: false }),
    'page/report': async (payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        await tabs.set(tabId, { url: payload.url, blockCount: payload.blockCount, found: payload.found, updatedAt: Date.now() });
      }
      return { ok: true };
    },
    'ui/tab-state': async (payload) => ({ state: await tabs.get(payload.tabId) }),
  },
  browser.runtime.id,
  browser.runtime.getURL(''),
);

browser.runtime.onMessage.addListener(route);

// A new document in a tab starts with a clean slate; its content script reports afresh.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void tabs.clear(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void tabs.clear(tabId));
