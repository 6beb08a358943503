// The one message contract between the extension's contexts. Every runtime message is listed here with
// who may send it, its payload and its response; handlers are typed from this table, and the receiving
// side checks the sender and the payload shape before acting (see isValidRequest / senderMayCall).
import { CLAIM_STATUSES, type ClaimStatus } from '../core/pack/types.ts';
import type { ClaimView } from './claim-view.ts';
import { MAX_PACK_BYTES } from '../core/pack/validate.ts';
import type { BrokenRecord, ImportedPackInfo, ImportResult, PackSummary } from './pack-info.ts';
import type { ReasonedClaim } from '../core/match/reasons.ts';
import { isFeedbackReport, MAX_SENTENCE_CHARS, MAX_URL_CHARS, type FeedbackReport } from './feedback.ts';
import { MAX_FEED_URL_CHARS } from './feed-url.ts';
import { UPDATE_PERIODS, type SubscribeResult, type SubscriptionView, type UpdateResult } from './subscription-info.ts';

/** Where a message may come from: a content script in a web page, or one of the extension's own pages. */
export type Origin = 'content' | 'extension';

/** A matched sentence inside one of the blocks the content script sent. Offsets are UTF-16, into that block's text. */
export interface BlockMatch {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly claimId: string;
  readonly score: number;
}

/** One claim found on a page, as the popup lists it. */
export interface FoundClaim {
  readonly claimId: string;
  readonly status: ClaimStatus;
  /** How many highlights on the page point to this claim. */
  readonly occurrences: number;
}

export interface TabState {
  readonly url: string;
  /** Recoupe is paused on this tab's site. */
  readonly paused: boolean;
  readonly blockCount: number;
  readonly found: readonly FoundClaim[];
  readonly updatedAt: number;
}

/** Background-bound requests: name → payload, response, allowed origin. */
export interface BackgroundMessages {
  /** Content script → background: match these text blocks of the page. */
  'page/match': {
    origin: 'content';
    /** `published`: the publication date the page declares (YYYY-MM-DD, or --MM-DD from a dateline), a matching context. */
    request: { url: string; lang: string | null; published: string | null; blocks: string[] };
    /** `claims` holds a view of every claim referenced in `matches`. */
    response: { matches: BlockMatch[]; claims: ClaimView[]; paused: boolean };
  };
  /** Content script → background: what is highlighted now (drives the badge and the popup). */
  'page/report': {
    origin: 'content';
    request: { url: string; blockCount: number; found: FoundClaim[] };
    response: { ok: true };
  };
  /**
   * Content script → background: inject the highlight and card bundle (reader.js) into the sender's frame.
   * Asked once per frame, when its first match arrives.
   */
  'page/load-reader': {
    origin: 'content';
    request: Record<string, never>;
    response: { ok: boolean };
  };
  /**
   * Content script → background: the recorded claims closest to the text the reader selected, accepted or
   * not, each with the matcher's reasons (docs/adr/0011). Asked only after a menu, shortcut or extension-page request.
   */
  'page/ask': {
    origin: 'content';
    /** `published`: as for page/match, so the card weighs the page's date as the highlighter does. */
    request: { url: string; lang: string | null; published: string | null; text: string };
    response: { candidates: ReasonedClaim[]; claims: ClaimView[] };
  };
  /**
   * Content script → background: a feedback report made on a card ("not this claim", "report a missed
   * claim"). The background dates it and keeps it in storage.local; nothing is sent anywhere.
   */
  'page/feedback': {
    origin: 'content';
    request: { url: string; lang: string | null; sentence: string; claimId: string | null };
    response: { ok: boolean };
  };
  /**
   * Extension page → background: ask about the selection in a tab, exactly as the context menu and the
   * keyboard shortcut do (the same handler). Lets the e2e tests drive the flow the menu starts.
   */
  'ui/ask-selection': {
    origin: 'extension';
    request: { tabId: number };
    response: { ok: boolean };
  };
  /** Options page → background: every feedback report kept on this device, oldest first. */
  'options/list-reports': {
    origin: 'extension';
    request: Record<string, never>;
    response: { reports: FeedbackReport[] };
  };
  /** Options page → background: the reports as a feedback file (docs/adr/0011), to save. */
  'options/export-reports': {
    origin: 'extension';
    request: Record<string, never>;
    response: { fileName: string; text: string };
  };
  /** Options page → background: delete one report (a "not this claim" one no longer hides its highlight). */
  'options/remove-report': {
    origin: 'extension';
    request: { report: FeedbackReport };
    response: { ok: boolean };
  };
  /** Options page → background: delete every report (which also un-hides the dismissed highlights). */
  'options/clear-reports': {
    origin: 'extension';
    request: Record<string, never>;
    response: { ok: true };
  };
  /** Extension page → background: pause or resume Recoupe on the site open in a tab. */
  'ui/set-paused': {
    origin: 'extension';
    request: { tabId: number; paused: boolean };
    response: { ok: boolean };
  };
  /** Extension page → background: views of these claims (for the popup's list). */
  'ui/claims': {
    origin: 'extension';
    request: { ids: string[] };
    response: { claims: ClaimView[] };
  };
  /** Extension page → background: search the whole database (claim text, phrasings, claimant names). */
  'ui/search': {
    origin: 'extension';
    request: { query: string; lang: string };
    response: { claims: ClaimView[] };
  };
  /** Extension page → background: what the database holds. */
  'ui/db-info': {
    origin: 'extension';
    request: Record<string, never>;
    response: { claimCount: number; packs: { id: string; name: Record<string, string>; version: string; claimCount: number }[] };
  };
  /** Extension page → background: the state of one tab. */
  'ui/tab-state': {
    origin: 'extension';
    request: { tabId: number };
    response: { state: TabState | null };
  };
  /**
   * Options page → background: the bundled packs, every imported pack (enabled or not), and the stored
   * records that failed their check (quarantined: not used, removable).
   */
  'options/list-packs': {
    origin: 'extension';
    request: Record<string, never>;
    response: { bundled: PackSummary[]; imported: ImportedPackInfo[]; broken: BrokenRecord[] };
  };
  /**
   * Options page → background: import a pack file (its text, as read by the page). The background
   * detects the format, validates, and stores all or nothing; `replace` overwrites an imported pack
   * with the same id (never the bundled one).
   */
  'options/import': {
    origin: 'extension';
    request: { fileName: string; text: string; replace: boolean };
    response: ImportResult;
  };
  /** Options page → background: use an imported pack for matching, or stop using it. */
  'options/set-enabled': {
    origin: 'extension';
    request: { id: string; enabled: boolean };
    response: { ok: boolean };
  };
  /** Options page → background: delete an imported pack, or a broken record, by the key the listing gave. */
  'options/remove': {
    origin: 'extension';
    request: { id: string };
    response: { ok: boolean };
  };
  /** Options page → background: an imported pack as a canonical Recoupe pack file. */
  'options/export': {
    origin: 'extension';
    request: { id: string };
    response: { ok: true; fileName: string; text: string } | { ok: false };
  };
  /** Options page → background: every subscription with its last outcome and stored pack. */
  'options/list-subscriptions': {
    origin: 'extension';
    request: Record<string, never>;
    response: { subscriptions: SubscriptionView[] };
  };
  /**
   * Options page → background: subscribe to a pack address (after the page obtained the origin's
   * permission from the user's click). The first download must pass every check, or nothing is kept.
   * `publicKey` pins the publisher's Ed25519 key: every version must then be signed with it.
   */
  'options/subscribe': {
    origin: 'extension';
    request: { url: string; publicKey: string | null; periodMinutes: number; requestedOrigin: boolean };
    response: SubscribeResult;
  };
  /** Options page → background: download a subscription now. */
  'options/update-subscription': {
    origin: 'extension';
    request: { id: string };
    response: UpdateResult;
  };
  /** Options page → background: how often a subscription is updated. */
  'options/set-subscription-period': {
    origin: 'extension';
    request: { id: string; periodMinutes: number };
    response: { ok: boolean };
  };
  /**
   * Options page → background: remove a subscription and its pack. `releaseOrigin`: the origin whose
   * permission subscribing asked for and no other subscription needs; the page gives it back.
   */
  'options/unsubscribe': {
    origin: 'extension';
    request: { id: string };
    response: { ok: boolean; releaseOrigin?: string };
  };
}

export type BackgroundMessageName = keyof BackgroundMessages;
export type RequestOf<K extends BackgroundMessageName> = BackgroundMessages[K]['request'];
export type ResponseOf<K extends BackgroundMessageName> = BackgroundMessages[K]['response'];
export interface Envelope<K extends BackgroundMessageName = BackgroundMessageName> {
  readonly type: K;
  readonly payload: RequestOf<K>;
}

export const MESSAGE_ORIGINS: { readonly [K in BackgroundMessageName]: BackgroundMessages[K]['origin'] } = {
  'page/match': 'content',
  'page/report': 'content',
  'page/load-reader': 'content',
  'page/ask': 'content',
  'page/feedback': 'content',
  'ui/ask-selection': 'extension',
  'options/list-reports': 'extension',
  'options/export-reports': 'extension',
  'options/remove-report': 'extension',
  'options/clear-reports': 'extension',
  'ui/set-paused': 'extension',
  'ui/claims': 'extension',
  'ui/search': 'extension',
  'ui/db-info': 'extension',
  'ui/tab-state': 'extension',
  'options/list-packs': 'extension',
  'options/import': 'extension',
  'options/set-enabled': 'extension',
  'options/remove': 'extension',
  'options/export': 'extension',
  'options/list-subscriptions': 'extension',
  'options/subscribe': 'extension',
  'options/update-subscription': 'extension',
  'options/set-subscription-period': 'extension',
  'options/unsubscribe': 'extension',
};

const MAX_BLOCKS = 20_000;
/** The longest block text a match request may carry (the content script slices longer blocks). */
export const MAX_BLOCK_CHARS = 100_000;

/** The longest selection an ask request may carry (the content script cuts longer ones). */
export const MAX_ASK_CHARS = 2000;

const isString = (x: unknown): x is string => typeof x === 'string';
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isPackId = (x: unknown): x is string => isString(x) && x.length > 0 && x.length <= 100;
const STATUSES: readonly string[] = CLAIM_STATUSES;
const isSubscriptionId = (x: unknown): x is string => isString(x) && /^sub-[0-9a-f]{1,32}$/.test(x);
const isPeriod = (x: unknown): x is number => (UPDATE_PERIODS as readonly unknown[]).includes(x);

function isFoundClaim(x: unknown): x is FoundClaim {
  return isObject(x) && isString(x.claimId) && isString(x.status) && STATUSES.includes(x.status) && isCount(x.occurrences);
}

/** YYYY-MM-DD, or --MM-DD (a dateline without its year). */
const ISO_DAY = /^(?:\d{4}|-)-\d{2}-\d{2}$/;
const isPublished = (v: unknown): boolean => v === null || (isString(v) && ISO_DAY.test(v));

/** Shape checks for each payload: a content script runs beside hostile page code, so nothing is trusted. */
const PAYLOAD_CHECKS: { readonly [K in BackgroundMessageName]: (p: Record<string, unknown>) => boolean } = {
  'page/match': (p) =>
    isString(p.url) &&
    (p.lang === null || isString(p.lang)) &&
    isPublished(p.published) &&
    Array.isArray(p.blocks) &&
    p.blocks.length <= MAX_BLOCKS &&
    p.blocks.every((b) => isString(b) && b.length <= MAX_BLOCK_CHARS),
  'page/report': (p) =>
    isString(p.url) && isCount(p.blockCount) && Array.isArray(p.found) && p.found.length <= MAX_BLOCKS && p.found.every(isFoundClaim),
  'page/load-reader': (p) => Object.keys(p).length === 0,
  'page/ask': (p) =>
    isString(p.url) && (p.lang === null || isString(p.lang)) && isPublished(p.published) && isString(p.text) && p.text.length <= MAX_ASK_CHARS,
  'page/feedback': (p) =>
    isString(p.url) &&
    p.url.length <= MAX_URL_CHARS &&
    (p.lang === null || (isString(p.lang) && p.lang.length <= 35)) &&
    isString(p.sentence) &&
    p.sentence.trim().length > 0 &&
    p.sentence.length <= MAX_SENTENCE_CHARS &&
    (p.claimId === null || (isString(p.claimId) && p.claimId.length > 0 && p.claimId.length <= 200)),
  'ui/ask-selection': (p) => isCount(p.tabId),
  'options/list-reports': () => true,
  'options/export-reports': () => true,
  'options/remove-report': (p) => isFeedbackReport(p.report),
  'options/clear-reports': () => true,
  'ui/set-paused': (p) => isCount(p.tabId) && typeof p.paused === 'boolean',
  'ui/claims': (p) => Array.isArray(p.ids) && p.ids.length <= MAX_BLOCKS && p.ids.every(isString),
  'ui/search': (p) => isString(p.query) && p.query.length <= 500 && isString(p.lang),
  'ui/db-info': () => true,
  'ui/tab-state': (p) => isCount(p.tabId),
  'options/list-packs': () => true,
  'options/import': (p) =>
    isString(p.fileName) && p.fileName.length <= 1000 && isString(p.text) && p.text.length <= MAX_PACK_BYTES && typeof p.replace === 'boolean',
  'options/set-enabled': (p) => isPackId(p.id) && typeof p.enabled === 'boolean',
  'options/remove': (p) => isString(p.id) && p.id.length > 0 && p.id.length <= 1000,
  'options/export': (p) => isPackId(p.id),
  'options/list-subscriptions': () => true,
  'options/subscribe': (p) =>
    isString(p.url) &&
    p.url.length <= MAX_FEED_URL_CHARS &&
    (p.publicKey === null || (isString(p.publicKey) && p.publicKey.length <= 100)) &&
    isPeriod(p.periodMinutes) &&
    typeof p.requestedOrigin === 'boolean',
  'options/update-subscription': (p) => isSubscriptionId(p.id),
  'options/set-subscription-period': (p) => isSubscriptionId(p.id) && isPeriod(p.periodMinutes),
  'options/unsubscribe': (p) => isSubscriptionId(p.id),
};

export function isValidRequest(message: unknown): message is Envelope {
  if (!isObject(message) || !isString(message.type) || !Object.hasOwn(PAYLOAD_CHECKS, message.type)) return false;
  const check = PAYLOAD_CHECKS[message.type as BackgroundMessageName];
  return isObject(message.payload) && check(message.payload);
}

/** What the background knows of a sender (a subset of runtime.MessageSender, so it is testable). */
export interface SenderInfo {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: { readonly id?: number };
}

/**
 * Content messages must come from our own content script in a tab; extension messages from our own pages
 * (popup, options), identified by their URL being under the extension's base URL. Other extensions and
 * web pages are refused.
 */
export function senderMayCall(name: BackgroundMessageName, sender: SenderInfo, ownId: string, ownBaseUrl: string): boolean {
  if (sender.id !== ownId) return false;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(ownBaseUrl);
  if (MESSAGE_ORIGINS[name] === 'extension') return fromOwnPage;
  return !fromOwnPage && typeof sender.tab?.id === 'number';
}

/** Commands the extension's own pages send to a tab's content script (checked there: our id, no tab). */
export type ContentCommand =
  | { type: 'content/show-claim'; claimId: string }
  | { type: 'content/set-paused'; paused: boolean }
  /** Context menu, shortcut or ui/ask-selection: show the closest claims for this frame's selection, if it has one. */
  | { type: 'content/ask-selection' };

export function isContentCommand(x: unknown): x is ContentCommand {
  if (!isObject(x)) return false;
  if (x.type === 'content/show-claim') return isString(x.claimId);
  if (x.type === 'content/set-paused') return typeof x.paused === 'boolean';
  if (x.type === 'content/ask-selection') return Object.keys(x).length === 1;
  return false;
}
