// Subscriptions (address, pinned key, schedule, last outcome, HTTP validators) in storage.local: small,
// one key, read by a woken background. The packs themselves are in IndexedDB like imported ones
// (docs/adr/0003). Records read back are checked: a malformed one is dropped, never used half-read.
import { browser } from '../../shared/browser.ts';
import { MAX_FEED_URL_CHARS } from '../../shared/feed-url.ts';
import type { FeedProblem } from '../../shared/subscription-info.ts';

export interface Subscription {
  readonly id: string;
  readonly url: string;
  /** Pinned Ed25519 public key (base64url, raw 32 bytes): every version must be signed by it. */
  readonly publicKey?: string;
  readonly keyId?: string;
  readonly periodMinutes: number;
  readonly requestedOrigin: boolean;
  readonly addedAt: string;
  readonly packId?: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly lastAttempt?: string;
  readonly lastSuccess?: string;
  readonly lastChange?: string;
  readonly lastError?: { readonly at: string; readonly problem: FeedProblem };
}

export interface SubscriptionStore {
  load(): Promise<Subscription[]>;
  save(subscriptions: readonly Subscription[]): Promise<void>;
}

const KEY = 'subscriptions';

export class LocalSubscriptionStore implements SubscriptionStore {
  async load(): Promise<Subscription[]> {
    const stored: unknown = (await browser.storage.local.get(KEY))[KEY];
    return readSubscriptions(stored);
  }

  async save(subscriptions: readonly Subscription[]): Promise<void> {
    await browser.storage.local.set({ [KEY]: subscriptions });
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const optionalText = (x: unknown, max: number) => x === undefined || (typeof x === 'string' && x.length <= max);
const isDate = (x: unknown) => x === undefined || (typeof x === 'string' && !Number.isNaN(Date.parse(x)));

export function readSubscriptions(stored: unknown): Subscription[] {
  if (!Array.isArray(stored)) return [];
  const good = stored.filter(isSubscription);
  if (good.length !== stored.length) console.warn(`Recoupe: ignored ${stored.length - good.length} unreadable subscription record(s)`);
  return good;
}

function isSubscription(x: unknown): x is Subscription {
  if (!isObject(x)) return false;
  return (
    typeof x.id === 'string' &&
    /^sub-[0-9a-f]{1,32}$/.test(x.id) &&
    typeof x.url === 'string' &&
    x.url.length <= MAX_FEED_URL_CHARS &&
    optionalText(x.publicKey, 100) &&
    optionalText(x.keyId, 16) &&
    Number.isSafeInteger(x.periodMinutes) &&
    (x.periodMinutes as number) >= 1 &&
    typeof x.requestedOrigin === 'boolean' &&
    isDate(x.addedAt) &&
    optionalText(x.packId, 100) &&
    optionalText(x.etag, 500) &&
    optionalText(x.lastModified, 100) &&
    isDate(x.lastAttempt) &&
    isDate(x.lastSuccess) &&
    isDate(x.lastChange) &&
    (x.lastError === undefined || (isObject(x.lastError) && isDate(x.lastError.at) && isObject(x.lastError.problem) && typeof x.lastError.problem.code === 'string'))
  );
}
