// Background (service worker in Chromium, event page in Firefox): owns the claim index, answers the
// content scripts' match requests, keeps per-tab results and the toolbar badge.
import { browser } from '../shared/browser.ts';
import type { ContentCommand } from '../shared/messages.ts';
import { createRouter } from './router.ts';
import { TabStates } from './tab-state.ts';
import { matchBlocks } from './matching.ts';
import { getEngine } from './engine.ts';
import { PausedSites } from './paused-sites.ts';

const tabs = new TabStates();
const paused = new PausedSites();

const route = createRouter(
  {
    'page/match': async (payload) => {
      if (await paused.isPaused(payload.url)) return { matches: [], claims: [], paused: true };
      return { ...matchBlocks(payload.blocks, payload.lang), paused: false };
    },
    'page/report': async (payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        const state = { url: payload.url, paused: await paused.isPaused(payload.url), blockCount: payload.blockCount, found: payload.found };
        await tabs.set(tabId, { ...state, updatedAt: Date.now() });
      }
      return { ok: true };
    },
    'ui/set-paused': async ({ tabId, paused: pause }) => {
      const state = await tabs.get(tabId);
      if (!state) return { ok: false };
      await paused.set(state.url, pause);
      await tabs.set(tabId, { ...state, paused: pause, updatedAt: Date.now() });
      await browser.tabs.sendMessage(tabId, { type: 'content/set-paused', paused: pause } satisfies ContentCommand);
      return { ok: true };
    },
    'ui/claims': async ({ ids }) => ({ claims: viewsOf(ids) }),
    'ui/search': async ({ query }) => ({ claims: viewsOf(getEngine().search.search(query)) }),
    'ui/db-info': async () => {
      const { pack } = getEngine();
      return { claimCount: pack.claims.length, packs: pack.packs.map(({ id, name, version, claimCount }) => ({ id, name, version, claimCount })) };
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

function viewsOf(ids: readonly string[]) {
  const { views } = getEngine();
  return ids.flatMap((id) => views.get(id) ?? []);
}
