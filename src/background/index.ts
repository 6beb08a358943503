// Background (service worker in Chromium, event page in Firefox): owns the claim index, answers the
// content scripts' match requests, keeps per-tab results and the toolbar badge.
import { browser } from '../shared/browser.ts';
import type { ContentCommand } from '../shared/messages.ts';
import { createRouter } from './router.ts';
import { TabStates } from './tab-state.ts';
import { matchBlocks } from './matching.ts';
import { EngineHost, type Engine } from './engine.ts';
import { PausedSites } from './paused-sites.ts';
import { IndexedDbPackStore } from './pack-store.ts';
import { PackLibrary } from './pack-library.ts';
import { injectReader } from './reader-injection.ts';
import bundledPack from 'recoupe:bundled-pack';

const tabs = new TabStates();
const paused = new PausedSites();
const library = new PackLibrary({
  store: new IndexedDbPackStore(),
  bundled: bundledPack.packs,
  // Rebuild the index now, so the next page load does not wait for it.
  onChange: () => {
    engines.invalidate();
    void engines.get();
  },
});
const engines = new EngineHost(bundledPack, () => library.enabledPacks());

const route = createRouter(
  {
    'page/match': async (payload) => {
      if (await paused.isPaused(payload.url)) return { matches: [], claims: [], paused: true };
      return { ...matchBlocks(await engines.get(), payload.blocks, payload.lang), paused: false };
    },
    'page/report': async (payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        const state = { url: payload.url, paused: await paused.isPaused(payload.url), blockCount: payload.blockCount, found: payload.found };
        await tabs.set(tabId, { ...state, updatedAt: Date.now() });
      }
      return { ok: true };
    },
    'page/load-reader': (_payload, sender) => injectReader(sender),
    'ui/set-paused': async ({ tabId, paused: pause }) => {
      const state = await tabs.get(tabId);
      if (!state) return { ok: false };
      await paused.set(state.url, pause);
      await tabs.set(tabId, { ...state, paused: pause, updatedAt: Date.now() });
      await browser.tabs.sendMessage(tabId, { type: 'content/set-paused', paused: pause } satisfies ContentCommand);
      return { ok: true };
    },
    'ui/claims': async ({ ids }) => ({ claims: viewsOf(await engines.get(), ids) }),
    'ui/search': async ({ query }) => {
      const engine = await engines.get();
      return { claims: viewsOf(engine, engine.search.search(query)) };
    },
    'ui/db-info': async () => {
      const { pack } = await engines.get();
      return { claimCount: pack.claims.length, packs: pack.packs.map(({ id, name, version, claimCount }) => ({ id, name, version, claimCount })) };
    },
    'ui/tab-state': async (payload) => ({ state: await tabs.get(payload.tabId) }),
    'options/list-packs': () => library.list(),
    'options/import': ({ fileName, text, replace }) => library.import(fileName, text, replace),
    'options/set-enabled': async ({ id, enabled }) => ({ ok: await library.setEnabled(id, enabled) }),
    'options/remove': async ({ id }) => ({ ok: await library.remove(id) }),
    'options/export': ({ id }) => library.exportPack(id),
  },
  browser.runtime.id,
  browser.runtime.getURL(''),
);

browser.runtime.onMessage.addListener(route);

// A woken worker builds its claim index at once, before any page asks. The worker wakes on the
// tabs.onUpdated event below when a tab starts loading, so the build (the per-language indexes, most of
// a cold worker's first answer) overlaps the page's own load instead of following its content script's
// first request (ADR 0012). Languages of the bundled packs: French and English.
setTimeout(() => {
  void engines.get().then(
    (engine) => {
      for (const lang of ['fr', 'en']) engine.matcher.matchBlocks(['Recoupe.'], lang);
    },
    () => undefined,
  );
}, 0);

// A new document in a tab starts with a clean slate; its content script reports afresh.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void tabs.clear(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void tabs.clear(tabId));

function viewsOf({ views }: Engine, ids: readonly string[]) {
  return ids.flatMap((id) => views.get(id) ?? []);
}
