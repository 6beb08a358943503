// Which addresses may be subscribed to: https anywhere; plain http only on this machine (127.0.0.1,
// localhost, [::1]), so `recoupe serve-pack` and the e2e server work without a certificate. Checked by
// the options page before asking for the origin's permission, and again by the background.
export type FeedUrlCheck =
  | { readonly ok: true; readonly url: string; readonly origin: string }
  | { readonly ok: false; readonly reason: 'not-a-url' | 'scheme' | 'http-remote' | 'credentials' };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
export const MAX_FEED_URL_CHARS = 2048;

export function checkFeedUrl(text: string): FeedUrlCheck {
  let url: URL;
  try {
    if (text.length > MAX_FEED_URL_CHARS) throw new RangeError('too long');
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'scheme' };
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) return { ok: false, reason: 'http-remote' };
  // A user name or password in the address would be sent with every update: refuse rather than leak it.
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' };
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin };
}

/** The host-permission pattern of an origin ("https://example.org/*"), as permissions.request takes it. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}
