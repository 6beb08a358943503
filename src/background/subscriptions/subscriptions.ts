// The subscriptions the options page manages: subscribe (first download must succeed, or nothing is
// kept), update now or on schedule, change the schedule, unsubscribe (removes the pack too). Every
// change goes through one queue, so an alarm and a click never update the same feed at once.
import { keyIdOf, parsePublicKey } from '../../core/pack/signed.ts';
import { checkFeedUrl } from '../../shared/feed-url.ts';
import type { ImportedPackInfo } from '../../shared/pack-info.ts';
import type { SubscribeResult, SubscriptionView, UpdateResult } from '../../shared/subscription-info.ts';
import type { PackLibrary } from '../pack-library.ts';
import type { FetchLike, FetchLimits } from './feed-fetch.ts';
import { updateFeed } from './feed-update.ts';
import type { Subscription, SubscriptionStore } from './subscription-store.ts';

/** When each subscription is next updated (browser.alarms in the extension; a fake in tests). */
export interface Schedule {
  set(id: string, periodMinutes: number, firstAt: number): Promise<void>;
  clear(id: string): Promise<void>;
  /** Ids with a schedule now. */
  scheduled(): Promise<string[]>;
}

export interface SubscriptionDeps {
  readonly store: SubscriptionStore;
  readonly library: Pick<PackLibrary, 'importFeed' | 'list' | 'remove'>;
  readonly fetch: FetchLike;
  readonly limits: FetchLimits;
  readonly schedule: Schedule;
  readonly now?: () => Date;
}

export interface SubscribeRequest {
  readonly url: string;
  readonly publicKey?: string;
  readonly periodMinutes: number;
  readonly requestedOrigin: boolean;
}

export class Subscriptions {
  readonly #deps: SubscriptionDeps;
  readonly #now: () => Date;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(deps: SubscriptionDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }

  async list(): Promise<SubscriptionView[]> {
    const [subs, listing] = await Promise.all([this.#deps.store.load(), this.#deps.library.list()]);
    return subs.map((s) => viewOf(s, listing.imported));
  }

  subscribe(request: SubscribeRequest): Promise<SubscribeResult> {
    return this.#serial(async (): Promise<SubscribeResult> => {
      const checked = checkFeedUrl(request.url);
      if (!checked.ok) return { ok: false, reason: 'bad-url' };
      let keyId: string | undefined;
      if (request.publicKey !== undefined) {
        const key = parsePublicKey(request.publicKey);
        if (!key) return { ok: false, reason: 'bad-key' };
        keyId = await keyIdOf(key);
      }
      const subs = await this.#deps.store.load();
      const existing = subs.find((s) => s.url === checked.url);
      if (existing) return { ok: false, reason: 'exists', id: existing.id };
      const now = this.#now();
      const outcome = await updateFeed({ url: checked.url, ...(request.publicKey !== undefined && { publicKey: request.publicKey.trim() }), validators: {} }, this.#deps);
      if (outcome.kind !== 'stored') return { ok: false, reason: 'feed', problem: outcome.kind === 'failed' ? outcome.problem : { code: 'http-status', status: 304 } };
      const at = now.toISOString();
      const sub: Subscription = {
        id: await subscriptionId(checked.url),
        url: checked.url,
        ...(request.publicKey !== undefined && { publicKey: request.publicKey.trim(), keyId }),
        periodMinutes: request.periodMinutes,
        requestedOrigin: request.requestedOrigin,
        addedAt: at,
        packId: outcome.pack.id,
        ...outcome.validators,
        lastAttempt: at,
        lastSuccess: at,
        lastChange: at,
      };
      await this.#deps.store.save([...(await this.#deps.store.load()), sub]);
      await this.#deps.schedule.set(sub.id, sub.periodMinutes, now.getTime() + sub.periodMinutes * 60_000);
      const listing = await this.#deps.library.list();
      return { ok: true, subscription: viewOf(sub, listing.imported) };
    });
  }

  /** Downloads a subscription now ("update now", or its alarm). The stored pack changes only on success. */
  update(id: string): Promise<UpdateResult> {
    return this.#serial(async (): Promise<UpdateResult> => {
      const sub = (await this.#deps.store.load()).find((s) => s.id === id);
      if (!sub) return { ok: false };
      const outcome = await updateFeed(
        { url: sub.url, ...(sub.publicKey !== undefined && { publicKey: sub.publicKey }), ...(sub.packId !== undefined && { packId: sub.packId }), validators: sub },
        this.#deps,
      );
      const at = this.#now().toISOString();
      const { lastError: _previous, ...rest } = sub;
      let next: Subscription;
      if (outcome.kind === 'failed') next = { ...sub, lastAttempt: at, lastError: { at, problem: outcome.problem } };
      else if (outcome.kind === 'not-modified') next = { ...rest, lastAttempt: at, lastSuccess: at };
      else {
        // New validators only with the pack they describe: a refused body must be downloaded again next time.
        const { etag: _etag, lastModified: _modified, ...unvalidated } = rest;
        next = { ...unvalidated, ...outcome.validators, packId: outcome.pack.id, lastAttempt: at, lastSuccess: at, lastChange: at };
      }
      // The subscription may have been removed while the download ran: then nothing is written back.
      const latest = await this.#deps.store.load();
      if (!latest.some((s) => s.id === id)) return { ok: false };
      await this.#deps.store.save(latest.map((s) => (s.id === id ? next : s)));
      const view = viewOf(next, (await this.#deps.library.list()).imported);
      return outcome.kind === 'failed' ? { ok: false, problem: outcome.problem, subscription: view } : { ok: true, changed: outcome.kind === 'stored', subscription: view };
    });
  }

  setPeriod(id: string, periodMinutes: number): Promise<{ ok: boolean }> {
    return this.#serial(async () => {
      const subs = await this.#deps.store.load();
      const sub = subs.find((s) => s.id === id);
      if (!sub) return { ok: false };
      await this.#deps.store.save(subs.map((s) => (s.id === id ? { ...s, periodMinutes } : s)));
      await this.#deps.schedule.set(id, periodMinutes, this.#nextRun({ ...sub, periodMinutes }));
      return { ok: true };
    });
  }

  /** Removes the subscription and its pack. `origin` is given back when subscribing asked for it. */
  unsubscribe(id: string): Promise<{ ok: boolean; releaseOrigin?: string }> {
    return this.#serial(async () => {
      const subs = await this.#deps.store.load();
      const sub = subs.find((s) => s.id === id);
      if (!sub) return { ok: false };
      const rest = subs.filter((s) => s.id !== id);
      await this.#deps.store.save(rest);
      await this.#deps.schedule.clear(id);
      if (sub.packId !== undefined) await this.#deps.library.remove(sub.packId);
      const origin = new URL(sub.url).origin;
      // Another subscription on the same origin still needs it.
      const release = sub.requestedOrigin && !rest.some((s) => new URL(s.url).origin === origin);
      return release ? { ok: true, releaseOrigin: origin } : { ok: true };
    });
  }

  /**
   * Gives every subscription a schedule and drops schedules of removed ones; run when the background
   * starts (Firefox does not keep alarms across browser restarts). With no subscription it does nothing.
   */
  async reconcile(): Promise<void> {
    const [subs, scheduled] = await Promise.all([this.#deps.store.load(), this.#deps.schedule.scheduled()]);
    for (const id of scheduled) if (!subs.some((s) => s.id === id)) await this.#deps.schedule.clear(id);
    for (const sub of subs) if (!scheduled.includes(sub.id)) await this.#deps.schedule.set(sub.id, sub.periodMinutes, this.#nextRun(sub));
  }

  #nextRun(sub: Subscription): number {
    const last = Date.parse(sub.lastAttempt ?? sub.addedAt);
    // Overdue (the browser was closed): soon, but not in the middle of start-up.
    return Math.max(this.#now().getTime() + 60_000, last + sub.periodMinutes * 60_000);
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

function viewOf(sub: Subscription, imported: readonly ImportedPackInfo[]): SubscriptionView {
  const pack = imported.find((p) => p.id === sub.packId && p.subscription === sub.url);
  return {
    id: sub.id,
    url: sub.url,
    periodMinutes: sub.periodMinutes,
    ...(sub.keyId !== undefined && { keyId: sub.keyId }),
    addedAt: sub.addedAt,
    ...(sub.lastAttempt !== undefined && { lastAttempt: sub.lastAttempt }),
    ...(sub.lastSuccess !== undefined && { lastSuccess: sub.lastSuccess }),
    ...(sub.lastChange !== undefined && { lastChange: sub.lastChange }),
    ...(sub.lastError !== undefined && { lastError: sub.lastError }),
    ...(pack && { pack: { id: pack.id, name: pack.name, version: pack.version, claimCount: pack.claimCount } }),
    requestedOrigin: sub.requestedOrigin,
  };
}

async function subscriptionId(url: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(url)));
  return `sub-${[...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
