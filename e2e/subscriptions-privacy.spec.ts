// The privacy statement with subscriptions, proven by recording: while pages are read and two
// subscriptions are created and updated, the only requests the extension makes are GETs of the two
// subscribed addresses, without cookies (the origin has one), referrer, query or page data. The browser
// side (harness/network.ts) says who made each request; the server side says what each one carried.
import { test, expect } from './harness/test.ts';
import { waitForHighlights } from './harness/highlights.ts';
import { CLAIMREVIEW_FEED, FEED_V1, FEED_V2, V1_CLAIM, claimsOn, openOptions, packText, subscribe, unsubscribe, updateNow } from './harness/subscriptions.ts';
import type { RecordedRequest } from './harness/network.ts';

/** Headers the browser adds to any fetch on its own (no Origin: neither browser sends one here); the rest must be ours. */
const BROWSER_HEADERS = new Set(['host', 'connection', 'user-agent', 'accept-encoding', 'accept-language', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest', 'priority', 'pragma', 'cache-control']);
const OUR_HEADERS = new Set(['accept', 'if-none-match', 'if-modified-since']);

test('with two subscriptions, the extension requests only the subscribed addresses, with GET and nothing of the pages or the user', async ({ ext, server }, testInfo) => {
  const packFeed = server.url('/feeds/privacy-pack.json');
  const reviewFeed = server.url('/feeds/fictional-claimreview.json');
  server.feeds.publish('/feeds/privacy-pack.json', { kind: 'json', body: packText(FEED_V1) });
  server.feeds.publish('/feeds/fictional-claimreview.json', { kind: 'json', body: CLAIMREVIEW_FEED, contentType: 'application/ld+json' });
  const log = await ext.recordNetwork();
  const seenBefore = (await log.requests()).length;
  let requests: RecordedRequest[];
  try {
    // A cookie on the feeds' origin, which a request with credentials would carry.
    const cookiePage = await ext.newPage();
    await log.settled();
    await cookiePage.goto(server.url('/feeds/set-cookie'));
    await cookiePage.close();

    const options = await openOptions(ext);
    expect((await subscribe(options, packFeed)).outcome).toBe('subscribe-done');
    expect((await subscribe(options, reviewFeed)).outcome).toBe('subscribe-done');

    const article = await ext.newPage();
    await log.settled();
    await article.goto(server.url('/demo-article.html'));
    await waitForHighlights(article, 10);
    await article.close();
    expect(await claimsOn(ext, server.url('/provenance-claim.html'))).toContain(V1_CLAIM);
    expect((await claimsOn(ext, server.url('/imported-claim.html'))).some((id) => id.startsWith('exampleville-repaired-42-footbridges'))).toBe(true);

    expect(await updateNow(options, reviewFeed)).toBe('unchanged');
    server.feeds.publish('/feeds/privacy-pack.json', { kind: 'json', body: packText(FEED_V2) });
    expect(await updateNow(options, packFeed)).toBe('changed');

    await unsubscribe(options, packFeed);
    await unsubscribe(options, reviewFeed);
    await options.close();
  } finally {
    requests = (await log.requests()).slice(seenBefore);
  }
  const served = server.feeds.requests().filter((r) => r.path.includes('privacy-pack') || r.path.includes('fictional-claimreview'));
  await testInfo.attach('requests.json', { body: JSON.stringify({ recorded: requests, served }, null, 2), contentType: 'application/json' });

  // Browser side: the extension's requests are exactly the subscribed addresses…
  const byExtension = requests.filter((r) => r.byExtension);
  expect(new Set(byExtension.map((r) => r.url))).toEqual(new Set([packFeed, reviewFeed]));
  // …and every request the feeds got came from the extension (two subscriptions, two updates: four).
  expect(served).toHaveLength(4);
  expect(byExtension).toHaveLength(served.length);

  // Server side: plain GETs of the exact address, no cookie, no referrer, only our few headers.
  for (const r of served) {
    expect(r.method).toBe('GET');
    expect([new URL(packFeed).pathname, new URL(reviewFeed).pathname]).toContain(r.path);
    expect(r.headers.cookie).toBeUndefined();
    expect(r.headers.referer).toBeUndefined();
    expect(r.headers.authorization).toBeUndefined();
    const unexpected = Object.keys(r.headers).filter((h) => !BROWSER_HEADERS.has(h) && !OUR_HEADERS.has(h));
    expect(unexpected).toEqual([]);
  }
  // The updates were conditional: the unchanged ClaimReview feed was answered 304.
  expect(served.filter((r) => r.headers['if-none-match'] !== undefined).length).toBe(2);
  expect(served.some((r) => r.status === 304)).toBe(true);
});
