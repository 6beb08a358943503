// Claim-pack subscriptions as the options page sees them, and every way an update can fail, in terms the
// page turns into plain words (_locales: subError_*). Payloads of the 'options/…subscri…' messages.
import type { BudgetProblem, PackError } from './pack-info.ts';

/** How often a subscription is updated, in minutes (the options page offers these). */
export const UPDATE_PERIODS = [60, 360, 1440, 10080] as const;
export type UpdatePeriod = (typeof UPDATE_PERIODS)[number];
export const DEFAULT_PERIOD: UpdatePeriod = 1440;

/** Why an update (or the first download, at subscribe) was refused. The pack already stored stays. */
export type FeedProblem =
  | { readonly code: 'network'; readonly detail: string }
  | { readonly code: 'timeout'; readonly seconds: number }
  | { readonly code: 'http-status'; readonly status: number }
  | { readonly code: 'redirect' }
  | { readonly code: 'too-large'; readonly max: number }
  | { readonly code: 'not-json'; readonly contentType: string }
  | { readonly code: 'invalid'; readonly errors: PackError[]; readonly moreErrors: number }
  | ({ readonly code: 'budget' } & BudgetProblem)
  | { readonly code: 'id-taken'; readonly id: string }
  | { readonly code: 'id-changed'; readonly from: string; readonly to: string }
  | { readonly code: 'claim-collision'; readonly ids: string[]; readonly otherPack: string }
  | { readonly code: 'older-version'; readonly version: string; readonly current: string }
  | { readonly code: 'unsigned' }
  | { readonly code: 'signed-no-key' }
  | { readonly code: 'bad-envelope'; readonly detail: string }
  | { readonly code: 'wrong-key'; readonly keyId: string }
  | { readonly code: 'bad-signature' }
  | { readonly code: 'storage'; readonly detail: string };

export type FeedProblemCode = FeedProblem['code'];

export interface SubscriptionView {
  readonly id: string;
  readonly url: string;
  readonly periodMinutes: number;
  /** keyId of the pinned public key, when the subscription requires a signature. */
  readonly keyId?: string;
  readonly addedAt: string;
  readonly lastAttempt?: string;
  readonly lastSuccess?: string;
  /** When the stored pack last changed (a new version was stored). */
  readonly lastChange?: string;
  readonly lastError?: { readonly at: string; readonly problem: FeedProblem };
  /** The stored pack (the last good version), when there is one. */
  readonly pack?: { readonly id: string; readonly name: Record<string, string>; readonly version: string; readonly claimCount: number };
  /** Whether subscribing asked the browser for this origin's permission (unsubscribing then gives it back). */
  readonly requestedOrigin: boolean;
}

export type SubscribeRefusal =
  | { readonly reason: 'bad-url' }
  | { readonly reason: 'bad-key' }
  | { readonly reason: 'exists'; readonly id: string }
  | { readonly reason: 'feed'; readonly problem: FeedProblem };

export type SubscribeResult = { readonly ok: true; readonly subscription: SubscriptionView } | ({ readonly ok: false } & SubscribeRefusal);

export type UpdateResult =
  | { readonly ok: true; readonly changed: boolean; readonly subscription: SubscriptionView }
  | { readonly ok: false; readonly problem?: FeedProblem; readonly subscription?: SubscriptionView };
