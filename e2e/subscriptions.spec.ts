// Pack subscriptions end to end, against feeds on the local fixture server (harness: subscriptions.ts,
// server routes: feed-routes.ts). Fictional packs only.
import { test, expect } from './harness/test.ts';
import { seriousViolations } from './harness/axe.ts';
import type { ExtensionBrowser } from './harness/browsers.ts';
import { signPayload, generateKeyPair } from '../src/core/pack/signed.ts';
import {
  CONTROL_CLAIM,
  FEED_V1,
  FEED_V2,
  V1_CLAIM,
  V2_CLAIM,
  claimsOn,
  openOptions,
  packText,
  subscribe,
  subscriptionState,
  unsubscribe,
  updateNow,
} from './harness/subscriptions.ts';

test('a subscribed pack highlights on the next page, an update shows its new claim, a broken server keeps the last good pack', async ({ ext, server }) => {
  const feed = server.url('/feeds/exampleville.json');
  const v1Page = server.url('/provenance-claim.html');
  const v2Page = server.url('/imported-claim.html');
  server.feeds.publish('/feeds/exampleville.json', { kind: 'json', body: packText(FEED_V1) });
  expect(await claimsOn(ext, v1Page)).not.toContain(V1_CLAIM);

  const options = await openOptions(ext);
  // The manifest's host permissions already cover the origin: no prompt, nothing extra asked (docs/adr/0010).
  expect(await subscribe(options, feed)).toEqual({ granted: 'true', outcome: 'subscribe-done', code: null });
  expect(await subscriptionState(options, feed)).toMatchObject({ claims: 1, version: '1', error: null });
  expect(await claimsOn(ext, v1Page)).toEqual(expect.arrayContaining([V1_CLAIM, CONTROL_CLAIM]));
  expect(await claimsOn(ext, v2Page)).not.toContain(V2_CLAIM);

  // Unchanged on the server: a conditional request, answered 304.
  expect(await updateNow(options, feed)).toBe('unchanged');
  expect(server.feeds.requests().at(-1)).toMatchObject({ status: 304 });

  server.feeds.publish('/feeds/exampleville.json', { kind: 'json', body: packText(FEED_V2) });
  expect(await updateNow(options, feed)).toBe('changed');
  expect(await subscriptionState(options, feed)).toMatchObject({ claims: 2, version: '2', error: null });
  expect(await claimsOn(ext, v2Page)).toContain(V2_CLAIM);

  // Broken in four ways: each is explained, and version 2 keeps working.
  for (const [answer, code] of [
    [{ kind: 'status', status: 500 }, 'http-status'],
    [{ kind: 'html' }, 'not-json'],
    [{ kind: 'huge', bytes: 50 * 1024 * 1024 }, 'too-large'],
    [{ kind: 'redirect', location: server.url('/feeds/elsewhere.json').replace('127.0.0.1', 'localhost') }, 'redirect'],
  ] as const) {
    server.feeds.publish('/feeds/exampleville.json', answer);
    expect(await updateNow(options, feed)).toBe(code);
    const state = await subscriptionState(options, feed);
    expect(state).toMatchObject({ claims: 2, version: '2', error: code });
    expect(state.errorText).toContain('2'); // "Version 2 is still in use."
    expect(await claimsOn(ext, v2Page)).toContain(V2_CLAIM);
  }
  expect(server.feeds.requests().some((r) => r.path === '/feeds/elsewhere.json')).toBe(false);
  // The section with a subscription and its error shown is as accessible as the rest of the page.
  expect(await seriousViolations(options)).toEqual([]);

  // Back up with the same version 2: the stored ETag still matches (304), and the error goes away.
  server.feeds.publish('/feeds/exampleville.json', { kind: 'json', body: packText(FEED_V2) });
  expect(await updateNow(options, feed)).toBe('unchanged');
  expect((await subscriptionState(options, feed)).error).toBeNull();

  await unsubscribe(options, feed);
  expect(await claimsOn(ext, v2Page)).not.toContain(V2_CLAIM);
  await options.close();
});

test('a signed subscription refuses a tampered or unsigned update and keeps the signed version', async ({ ext, server }) => {
  const feed = server.url('/feeds/signed.json');
  const keys = await generateKeyPair();
  const signedV1 = await signPayload(packText(FEED_V1), keys.privateKey);
  server.feeds.publish('/feeds/signed.json', { kind: 'json', body: JSON.stringify(signedV1) });

  const options = await openOptions(ext);
  expect((await subscribe(options, feed, keys.publicKey)).outcome).toBe('subscribe-done');
  expect(await subscriptionState(options, feed)).toMatchObject({ claims: 1, version: '1', error: null });

  // Version 2 slipped into the envelope of version 1: the signature no longer matches.
  const tampered = { ...signedV1, payload: packText(FEED_V2) };
  server.feeds.publish('/feeds/signed.json', { kind: 'json', body: JSON.stringify(tampered) });
  expect(await updateNow(options, feed)).toBe('bad-signature');
  expect(await subscriptionState(options, feed)).toMatchObject({ claims: 1, version: '1', error: 'bad-signature' });

  server.feeds.publish('/feeds/signed.json', { kind: 'json', body: packText(FEED_V2) });
  expect(await updateNow(options, feed)).toBe('unsigned');

  const other = await generateKeyPair();
  server.feeds.publish('/feeds/signed.json', { kind: 'json', body: JSON.stringify(await signPayload(packText(FEED_V2), other.privateKey)) });
  expect(await updateNow(options, feed)).toBe('wrong-key');

  const claims = await claimsOn(ext, server.url('/imported-claim.html'));
  expect(claims).toContain(CONTROL_CLAIM);
  expect(claims).not.toContain(V2_CLAIM);
  expect(await claimsOn(ext, server.url('/provenance-claim.html'))).toContain(V1_CLAIM);

  // Properly signed version 2: accepted.
  server.feeds.publish('/feeds/signed.json', { kind: 'json', body: JSON.stringify(await signPayload(packText(FEED_V2), keys.privateKey)) });
  expect(await updateNow(options, feed)).toBe('changed');
  expect(await claimsOn(ext, server.url('/imported-claim.html'))).toContain(V2_CLAIM);

  await unsubscribe(options, feed);
  await options.close();
});

test('a feed taking another pack’s claim ids, or going back to an older version, is refused and the packs already there keep working', async ({ ext, server }) => {
  const feed = server.url('/feeds/exampleville-a.json');
  const clashing = server.url('/feeds/exampleville-b.json');
  server.feeds.publish('/feeds/exampleville-a.json', { kind: 'json', body: packText(FEED_V1) });
  // Another fictional pack reusing the first one's claim id.
  server.feeds.publish('/feeds/exampleville-b.json', { kind: 'json', body: packText({ ...FEED_V1, id: 'fictional-clash', name: { en: 'Fictional clashing pack (tests only)' } }) });

  const options = await openOptions(ext);
  expect((await subscribe(options, feed)).outcome).toBe('subscribe-done');
  expect(await subscribe(options, clashing)).toMatchObject({ outcome: 'subscribe-error', code: 'claim-collision' });
  const shown = await options.evaluate(() => document.querySelector('[data-testid="subscribe-error"]')!.textContent ?? '');
  expect(shown).toContain(V1_CLAIM);
  expect(shown).toContain(FEED_V1.id);
  expect(await options.evaluate(() => document.querySelectorAll('[data-testid="subscription-list"] > li').length)).toBe(1);

  // A server alternating between version 2 and version 1: version 2 stays.
  server.feeds.publish('/feeds/exampleville-a.json', { kind: 'json', body: packText(FEED_V2) });
  expect(await updateNow(options, feed)).toBe('changed');
  server.feeds.publish('/feeds/exampleville-a.json', { kind: 'json', body: packText(FEED_V1) });
  expect(await updateNow(options, feed)).toBe('older-version');
  expect(await subscriptionState(options, feed)).toMatchObject({ claims: 2, version: '2', error: 'older-version' });

  expect(await claimsOn(ext, server.url('/provenance-claim.html'))).toEqual(expect.arrayContaining([V1_CLAIM, CONTROL_CLAIM]));
  expect(await claimsOn(ext, server.url('/imported-claim.html'))).toContain(V2_CLAIM);
  await unsubscribe(options, feed);
  await options.close();
});

test('a server that never answers is given up on after the time-out, with the last good pack still in use', async ({ ext, server }) => {
  test.setTimeout(90_000); // the background waits its full 20 s time-out
  const feed = server.url('/feeds/exampleville-hang.json');
  server.feeds.publish('/feeds/exampleville-hang.json', { kind: 'json', body: packText(FEED_V1) });
  const options = await openOptions(ext);
  expect((await subscribe(options, feed)).outcome).toBe('subscribe-done');
  server.feeds.publish('/feeds/exampleville-hang.json', { kind: 'hang' });
  const started = Date.now();
  expect(await updateNow(options, feed, 40_000)).toBe('timeout');
  const waited = Date.now() - started;
  expect(waited).toBeGreaterThanOrEqual(19_000);
  expect(await subscriptionState(options, feed)).toMatchObject({ claims: 1, version: '1', error: 'timeout' });
  expect(await claimsOn(ext, server.url('/provenance-claim.html'))).toContain(V1_CLAIM);
  await unsubscribe(options, feed);
  await options.close();
});

/** Stops the extension's background; a message still in flight may restart it at once, so it is tried three times. */
async function stopWorker(ext: ExtensionBrowser): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ext.stopServiceWorkers!();
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** The part of the alarms API the test reads from the options page (chrome.* in Chromium, browser.* in Firefox). */
type AlarmApi = { getAll(): Promise<{ name: string; periodInMinutes?: number }[]> };

test('each subscription has its alarm (daily by default, or as chosen), and survives a stopped worker', async ({ ext, server }) => {
  const feed = server.url('/feeds/exampleville-alarm.json');
  server.feeds.publish('/feeds/exampleville-alarm.json', { kind: 'json', body: packText(FEED_V1) });
  let options = await openOptions(ext);
  expect((await subscribe(options, feed)).outcome).toBe('subscribe-done');
  const alarms = (page: typeof options) =>
    page.evaluate(async () => {
      const g = globalThis as unknown as Record<'browser' | 'chrome', { alarms: AlarmApi } | undefined>;
      return (await (g.browser ?? g.chrome)!.alarms.getAll()).map((a) => ({ name: a.name, period: a.periodInMinutes }));
    });
  const id = await options.evaluate((u: string) => document.querySelector(`li[data-subscription-url="${u}"]`)!.getAttribute('data-subscription-id')!, feed);
  expect(await alarms(options)).toEqual([{ name: `recoupe-sub:${id}`, period: 1440 }]);

  await options.evaluate((i: string) => {
    const select = document.getElementById(`period-${i}`) as HTMLSelectElement;
    select.value = '60';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, id);
  await options.waitFor(async () => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', { alarms: AlarmApi } | undefined>;
    return (await (g.browser ?? g.chrome)!.alarms.getAll()).some((a) => a.periodInMinutes === 60);
  });

  if (ext.stopServiceWorkers) {
    // A woken worker finds the subscription (storage.local) and its pack (IndexedDB), and updates it. The
    // options page is closed first: its messages would wake the worker again while it is being stopped.
    await options.close();
    await stopWorker(ext);
    options = await openOptions(ext);
    expect(await subscriptionState(options, feed)).toMatchObject({ claims: 1, version: '1' });
    server.feeds.publish('/feeds/exampleville-alarm.json', { kind: 'json', body: packText(FEED_V2) });
    expect(await updateNow(options, feed)).toBe('changed');
    expect(await claimsOn(ext, server.url('/imported-claim.html'))).toContain(V2_CLAIM);
    expect(await alarms(options)).toEqual([{ name: `recoupe-sub:${id}`, period: 60 }]);
  }

  await unsubscribe(options, feed);
  expect(await alarms(options)).toEqual([]);
  await options.close();
});
