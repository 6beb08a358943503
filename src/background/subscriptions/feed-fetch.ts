// The one place the extension touches the network: a GET of a subscribed address. No cookies or HTTP
// authentication (credentials: 'omit'), no HTTP cache (cache: 'no-store': the conditional headers are
// ours, so a 304 reaches us instead of being answered from a cache), no referrer, no redirects followed
// (a redirect would send a request to an address the user did not subscribe to), a size cap enforced
// while reading, and a time-out that aborts the request.
import type { FeedProblem } from '../../shared/subscription-info.ts';

export interface FetchLimits {
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type FetchOutcome =
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'body'; readonly text: string; readonly validators: Validators }
  | { readonly kind: 'error'; readonly problem: FeedProblem };

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export async function fetchFeed(url: string, previous: Validators, limits: FetchLimits, fetcher: FetchLike): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json, application/ld+json;q=0.9' };
  if (previous.etag) headers['if-none-match'] = previous.etag;
  if (previous.lastModified) headers['if-modified-since'] = previous.lastModified;
  try {
    const response = await fetcher(url, {
      method: 'GET',
      headers,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
      return { kind: 'error', problem: { code: 'redirect' } };
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) return { kind: 'error', problem: { code: 'http-status', status: response.status } };
    const contentType = response.headers.get('content-type') ?? '';
    if (/html|xml/i.test(contentType)) return { kind: 'error', problem: { code: 'not-json', contentType: contentType.slice(0, 100) } };
    const declared = Number(response.headers.get('content-length'));
    if (declared > limits.maxBytes) {
      controller.abort();
      return { kind: 'error', problem: { code: 'too-large', max: limits.maxBytes } };
    }
    const text = await readCapped(response, limits.maxBytes, controller);
    if (text === undefined) return { kind: 'error', problem: { code: 'too-large', max: limits.maxBytes } };
    // A server that calls its HTML page JSON (or says nothing) is caught by its first character.
    if (/^\s*</.test(text.slice(0, 1000))) return { kind: 'error', problem: { code: 'not-json', contentType: contentType.slice(0, 100) } };
    return { kind: 'body', text, validators: validatorsOf(response) };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'error', problem: { code: 'timeout', seconds: Math.round(limits.timeoutMs / 1000) } };
    return { kind: 'error', problem: { code: 'network', detail: (error instanceof Error ? error.message : String(error)).slice(0, 200) } };
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, or undefined once it passes `maxBytes` (the download is then cancelled). */
async function readCapped(response: Response, maxBytes: number, controller: AbortController): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function validatorsOf(response: Response): Validators {
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return { ...(etag && etag.length <= 500 && { etag }), ...(lastModified && lastModified.length <= 100 && { lastModified }) };
}
