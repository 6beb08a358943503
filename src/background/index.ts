// Background (service worker in Chromium, event page in Firefox): owns the claim index, answers the
// content scripts' match requests, keeps per-tab results and the toolbar badge.
import { mark } from './profile.ts';
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
import { answerAsk, askInTab, registerAskEntryPoints } from './ask.ts';
import { FeedbackStore } from './feedback-store.ts';
import { feedbackFile, pageKey, sentenceKey } from '../shared/feedback.ts';
import bundledPack from 'recoupe:bundled-pack';
import bundledIndex from 'recoupe:bundled-index';
import { base64Bytes } from './base64.ts';
import { IndexedDbIndexStore } from './index-cache.ts';
import { MAX_PACK_BYTES } from '../core/pack/validate.ts';
import { Subscriptions } from './subscriptions/subscriptions.ts';
import { LocalSubscriptionStore } from './subscriptions/subscription-store.ts';
import { alarmSchedule, subscriptionOfAlarm } from './subscriptions/alarm-schedule.ts';

mark('modules-evaluated');
const tabs = new TabStates();
const paused = new PausedSites();
const feedback = new FeedbackStore(browser.storage.local);
const library = new PackLibrary({
  store: new IndexedDbPackStore(),
  bundled: bundledPack.packs,
  bundledClaimIds: bundledPack.claims.map((c: { id: string }) => c.id),
  // Rebuild the index now (and store it), so the next page load does not wait for it.
  onChange: () => {
    engines.invalidate();
    warmUp();
  },
});
const engines = new EngineHost(bundledPack, () => library.enabledPacks(), undefined, {
  // The bundled packs' indexes come serialised from the build; the merged ones are kept in IndexedDB (ADR 0014).
  bundled: { key: bundledIndex.key, data: () => base64Bytes(bundledIndex.base64) },
  store: new IndexedDbIndexStore(),
  matcherVersion: __RECOUPE_MATCHER_VERSION__,
});
const subscriptions = new Subscriptions({
  store: new LocalSubscriptionStore(),
  library,
  // The network's only entry point: subscribed addresses, nothing else (see subscriptions/feed-fetch.ts).
  fetch: (url, init) => fetch(url, init),
  // 20 s: under the 30 s after which an idle service worker (or event page) may be stopped mid-download.
  limits: { maxBytes: MAX_PACK_BYTES, timeoutMs: 20_000 },
  schedule: alarmSchedule,
});

const route = createRouter(
  {
    'page/match': async (payload) => {
      mark('match-asked');
      if (await paused.isPaused(payload.url)) return { matches: [], claims: [], paused: true };
      const engine = await engines.get();
      mark('match-engine-ready');
      const answer = { ...matchBlocks(engine, payload.blocks, payload.lang, payload.published, await feedback.dismissedOn(payload.url)), paused: false };
      mark('match-answered');
      return answer;
    },
    'page/ask': async ({ text, lang, published }) => answerAsk(await engines.get(), text, lang, published),
    'page/feedback': async ({ url, lang, sentence, claimId }) => {
      const common = { sentence: sentenceKey(sentence), url: pageKey(url), date: new Date().toISOString(), lang };
      await feedback.add(claimId === null ? { kind: 'missed-claim', ...common } : { kind: 'not-this-claim', ...common, claimId });
      return { ok: true };
    },
    'ui/ask-selection': ({ tabId }) => askInTab(tabId),
    'options/list-reports': async () => ({ reports: await feedback.list() }),
    'options/export-reports': async () => {
      const now = new Date();
      return { fileName: `recoupe-reports-${now.toISOString().slice(0, 10)}.json`, text: `${JSON.stringify(feedbackFile(await feedback.list(), now), null, 2)}\n` };
    },
    'options/remove-report': async ({ report }) => ({ ok: await feedback.remove(report) }),
    'options/clear-reports': async () => {
      await feedback.clear();
      return { ok: true };
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
    'options/list-subscriptions': async () => ({ subscriptions: await subscriptions.list() }),
    'options/subscribe': ({ url, publicKey, periodMinutes, requestedOrigin }) =>
      subscriptions.subscribe({ url, periodMinutes, requestedOrigin, ...(publicKey !== null && publicKey.trim() !== '' && { publicKey }) }),
    'options/update-subscription': ({ id }) => subscriptions.update(id),
    'options/set-subscription-period': ({ id, periodMinutes }) => subscriptions.setPeriod(id, periodMinutes),
    'options/unsubscribe': ({ id }) => subscriptions.unsubscribe(id),
  },
  browser.runtime.id,
  browser.runtime.getURL(''),
);

browser.runtime.onMessage.addListener(route);
registerAskEntryPoints();

browser.alarms.onAlarm.addListener((alarm) => {
  const id = subscriptionOfAlarm(alarm.name);
  if (id !== undefined) void subscriptions.update(id);
});
// Reads storage only; with no subscription it schedules nothing and nothing is ever fetched.
void subscriptions.reconcile().catch((error: unknown) => console.error('Recoupe: subscription schedules not restored', error));

// A woken worker gets its engine ready at once, before any page asks: it wakes on the tabs.onUpdated event
// below when a tab starts loading, so this overlaps the page's own load (ADR 0012). The French and English
// indexes are loaded from their serialised form (ADR 0014) or built, then one tiny match compiles the
// matching code. Each language in its own task, so a page's request can be answered between them.
function warmUp(): void {
  setTimeout(() => {
    void engines.get().then(
      (engine) => {
        const langs = ['fr', 'en'];
        const next = (): void => {
          const lang = langs.shift();
          if (lang === undefined) return;
          engine.matcher.matchBlocks(['Recoupe.'], lang);
          mark(`warm-${lang}`);
          setTimeout(next, 0);
        };
        next();
      },
      () => undefined,
    );
  }, 0);
}
warmUp();

// A new document in a tab starts with a clean slate; its content script reports afresh.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void tabs.clear(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void tabs.clear(tabId));
mark('top-level-done');

function viewsOf({ views }: Engine, ids: readonly string[]) {
  return ids.flatMap((id) => views.get(id) ?? []);
}
