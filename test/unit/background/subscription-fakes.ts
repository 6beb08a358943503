// In-memory stand-ins for the subscription tests (the pack store is memory-pack-store.ts): subscription store, schedule, and a scripted fetch that records every call.
import { PackLibrary } from '../../../src/background/pack-library.ts';
import { MemoryPackStore } from './memory-pack-store.ts';
import type { FetchLike } from '../../../src/background/subscriptions/feed-fetch.ts';
import type { Subscription, SubscriptionStore } from '../../../src/background/subscriptions/subscription-store.ts';
import { Subscriptions, type Schedule } from '../../../src/background/subscriptions/subscriptions.ts';
import type { Pack } from '../../../src/core/pack/types.ts';

export class MemorySubscriptionStore implements SubscriptionStore {
  subs: Subscription[] = [];
  async load() {
    return structuredClone(this.subs);
  }
  async save(subs: readonly Subscription[]) {
    this.subs = structuredClone([...subs]);
  }
}

export class FakeSchedule implements Schedule {
  readonly alarms = new Map<string, { periodMinutes: number; firstAt: number }>();
  async set(id: string, periodMinutes: number, firstAt: number) {
    this.alarms.set(id, { periodMinutes, firstAt });
  }
  async clear(id: string) {
    this.alarms.delete(id);
  }
  async scheduled() {
    return [...this.alarms.keys()];
  }
}

export interface FetchCall {
  readonly url: string;
  readonly init: RequestInit;
}

/** A fetch answering from `answer`, recording every call. */
export function scriptedFetch(answer: (url: string, init: RequestInit) => Response | Promise<Response>): { fetch: FetchLike; calls: FetchCall[] } {
  const calls: FetchCall[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({ url, init });
      return answer(url, init);
    },
  };
}

export const pack = (id: string, version: string, claimIds: string[]): Pack => ({
  format: 'recoupe-pack/1',
  id,
  name: { en: `Test pack ${id} (fixture)` },
  version,
  entities: [{ id: 'test-claimant', name: { en: 'Test claimant (fixture)' }, kind: 'other' }],
  claims: claimIds.map((cid) => ({ id: cid, claimant: 'test-claimant', date: '2020-01-02', text: { en: `Synthetic test claim ${cid}` }, evidence: [] })),
});

export const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', ...headers } });

export function setup(fetch: FetchLike, options: { timeoutMs?: number; maxBytes?: number } = {}) {
  const packs = new MemoryPackStore();
  let changes = 0;
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const now = () => new Date(clock);
  const library = new PackLibrary({
    store: packs,
    bundled: [{ id: 'syria-2015', name: { en: 'Bundled' }, version: '1', claimCount: 1 }],
    bundledClaimIds: ['bundled-claim'],
    onChange: () => void changes++,
    now,
  });
  const store = new MemorySubscriptionStore();
  const schedule = new FakeSchedule();
  const subscriptions = new Subscriptions({
    store,
    library,
    fetch,
    limits: { maxBytes: options.maxBytes ?? 1024 * 1024, timeoutMs: options.timeoutMs ?? 5_000 },
    schedule,
    now,
  });
  return { packs, library, store, schedule, subscriptions, changes: () => changes, tick: (ms: number) => void (clock += ms) };
}
