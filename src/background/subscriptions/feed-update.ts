// One update of one subscription: download (conditional), check the signature when a key is pinned,
// then hand the pack text to the same validation and atomic store as a file import (PackLibrary).
// Returns what happened; the caller records it. Nothing here touches the stored pack on failure.
import { readEnvelope, parsePublicKey, verifyEnvelope } from '../../core/pack/signed.ts';
import type { FeedProblem } from '../../shared/subscription-info.ts';
import type { ImportedPackInfo } from '../../shared/pack-info.ts';
import type { PackLibrary } from '../pack-library.ts';
import { fetchFeed, type FetchLike, type FetchLimits, type Validators } from './feed-fetch.ts';

export interface FeedSource {
  readonly url: string;
  readonly publicKey?: string;
  readonly packId?: string;
  readonly validators: Validators;
}

export interface UpdateDeps {
  readonly library: Pick<PackLibrary, 'importFeed'>;
  readonly fetch: FetchLike;
  readonly limits: FetchLimits;
}

export type UpdateOutcome =
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'stored'; readonly pack: ImportedPackInfo; readonly validators: Validators }
  | { readonly kind: 'failed'; readonly problem: FeedProblem };

export async function updateFeed(source: FeedSource, deps: UpdateDeps): Promise<UpdateOutcome> {
  // Without a stored pack there is nothing a 304 could confirm: ask unconditionally.
  const validators = source.packId === undefined ? {} : source.validators;
  const fetched = await fetchFeed(source.url, validators, deps.limits, deps.fetch);
  if (fetched.kind === 'error') return { kind: 'failed', problem: fetched.problem };
  if (fetched.kind === 'not-modified') return { kind: 'not-modified' };
  const payload = await unwrap(fetched.text, source.publicKey);
  if (typeof payload !== 'string') return { kind: 'failed', problem: payload };
  const stored = await deps.library.importFeed(payload, { url: source.url, fileName: fileNameOf(source.url), ...(source.packId && { packId: source.packId }) });
  return stored.ok ? { kind: 'stored', pack: stored.pack, validators: fetched.validators } : { kind: 'failed', problem: stored.problem };
}

/** The pack text inside a signed envelope once verified, or the text itself for an unsigned feed. */
async function unwrap(text: string, publicKey: string | undefined): Promise<string | FeedProblem> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON at all: unsigned, and the import validation words the syntax error.
    return publicKey === undefined ? text : { code: 'unsigned' };
  }
  const envelope = readEnvelope(data);
  if (envelope === undefined) return publicKey === undefined ? text : { code: 'unsigned' };
  if (!envelope.ok) return { code: 'bad-envelope', detail: envelope.detail };
  // A signed feed without a pinned key would look verified while nothing was checked: refuse instead.
  if (publicKey === undefined) return { code: 'signed-no-key' };
  const verdict = await verifyEnvelope(envelope.envelope, parsePublicKey(publicKey)!);
  if (verdict === 'wrong-key') return { code: 'wrong-key', keyId: envelope.envelope.keyId };
  if (verdict === 'bad-signature') return { code: 'bad-signature' };
  return envelope.envelope.payload;
}

/** What a ClaimReview feed's pack is named after: the address's last path segment, else its host. */
export function fileNameOf(url: string): string {
  const parsed = new URL(url);
  const last = parsed.pathname.split('/').filter(Boolean).at(-1);
  let name = parsed.hostname;
  try {
    if (last) name = decodeURIComponent(last);
  } catch {
    name = last ?? name;
  }
  return name.slice(0, 200);
}
