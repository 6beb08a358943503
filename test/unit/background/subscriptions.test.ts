// Subscriptions with a scripted fetch: what is requested and how, conditional updates, and every bad
// feed (redirect, huge body, HTML, colliding ids, a hanging server, a feed flipping between versions,
// broken or missing signatures) refused with its own problem while the stored pack keeps working.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPair, signPayload } from '../../../src/core/pack/signed.ts';
import { json, pack, scriptedFetch, setup } from './subscription-fakes.ts';

const URL_A = 'https://packs.example.org/a.json';
const text = (p: unknown) => JSON.stringify(p, null, 2);

async function subscribed(answer: Parameters<typeof scriptedFetch>[0], first = pack('feed-a', '1', ['a-1'])) {
  let next: Parameters<typeof scriptedFetch>[0] = () => json(text(first), { etag: '"v1"' });
  const scripted = scriptedFetch((url, init) => next(url, init));
  const ctx = setup(scripted.fetch, { timeoutMs: 200 });
  const result = await ctx.subscriptions.subscribe({ url: URL_A, periodMinutes: 1440, requestedOrigin: false });
  assert.equal(result.ok, true, JSON.stringify(result));
  next = answer;
  const id = (result as { subscription: { id: string } }).subscription.id;
  return { ...ctx, ...scripted, id };
}

async function enabledClaimIds(ctx: { library: { enabledPacks(): Promise<{ claims: readonly { id: string }[] }[]> } }) {
  return (await ctx.library.enabledPacks()).flatMap((p) => p.claims.map((c) => c.id));
}

describe('subscription requests', () => {
  it('are plain GETs of the subscribed address, without credentials, cache, referrer or redirects', async () => {
    const ctx = await subscribed(() => json('{}'));
    const { url, init } = ctx.calls[0]!;
    assert.equal(url, URL_A);
    assert.equal(init.method, 'GET');
    assert.equal(init.credentials, 'omit');
    assert.equal(init.cache, 'no-store');
    assert.equal(init.redirect, 'manual');
    assert.equal(init.referrerPolicy, 'no-referrer');
    assert.equal(init.body, undefined);
    assert.deepEqual(Object.keys(init.headers as Record<string, string>), ['accept']);
  });

  it('with no subscription, starting up schedules nothing and fetches nothing', async () => {
    const scripted = scriptedFetch(() => json('{}'));
    const ctx = setup(scripted.fetch);
    await ctx.subscriptions.reconcile();
    assert.equal(scripted.calls.length, 0);
    assert.equal(ctx.schedule.alarms.size, 0);
  });

  it('schedules each subscription (daily by default) and restores a lost schedule at start-up', async () => {
    const ctx = await subscribed(() => json('{}'));
    assert.equal(ctx.schedule.alarms.get(ctx.id)?.periodMinutes, 1440);
    ctx.schedule.alarms.clear();
    await ctx.subscriptions.reconcile();
    assert.equal(ctx.schedule.alarms.get(ctx.id)?.periodMinutes, 1440);
    assert.deepEqual(await ctx.subscriptions.setPeriod(ctx.id, 60), { ok: true });
    assert.equal(ctx.schedule.alarms.get(ctx.id)?.periodMinutes, 60);
  });

  it('sends the ETag back and counts a 304 as a success that changes nothing', async () => {
    const ctx = await subscribed(() => new Response(null, { status: 304 }));
    const changes = ctx.changes();
    const result = await ctx.subscriptions.update(ctx.id);
    assert.equal(result.ok && result.changed, false);
    assert.equal((ctx.calls[1]!.init.headers as Record<string, string>)['if-none-match'], '"v1"');
    assert.equal(ctx.changes(), changes);
  });

  it('stores a new version, then shows its claim count', async () => {
    const ctx = await subscribed(() => json(text(pack('feed-a', '2', ['a-1', 'a-2'])), { etag: '"v2"' }));
    const result = await ctx.subscriptions.update(ctx.id);
    assert.equal(result.ok && result.changed, true);
    assert.equal(result.subscription?.pack?.claimCount, 2);
    assert.deepEqual(await enabledClaimIds(ctx), ['a-1', 'a-2']);
    assert.equal(ctx.store.subs[0]!.etag, '"v2"');
  });

  it('accepts a ClaimReview JSON-LD feed, naming its pack after the address', async () => {
    const review = { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'A synthetic test claim (fixture)', datePublished: '2021-04-12', author: { '@type': 'Organization', name: 'Test checker (fixture)' }, itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'Test claimant (fixture)' }, datePublished: '2021-04-02' }, reviewRating: { '@type': 'Rating', alternateName: 'False' } };
    const ctx = setup(scriptedFetch(() => json(review, { 'content-type': 'application/ld+json' })).fetch);
    const result = await ctx.subscriptions.subscribe({ url: 'https://checks.example.org/feeds/test-reviews.json', periodMinutes: 1440, requestedOrigin: false });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(result.ok && result.subscription.pack?.id, 'test-reviews');
  });
});

describe('bad feeds keep the last good version and say why', () => {
  const keeps = async (ctx: Awaited<ReturnType<typeof subscribed>>, code: string, claims = ['a-1']) => {
    const result = await ctx.subscriptions.update(ctx.id);
    assert.equal(result.ok, false);
    assert.equal(result.problem?.code, code, JSON.stringify(result.problem));
    assert.equal(result.subscription?.lastError?.problem.code, code);
    assert.equal(result.subscription?.pack?.version, '1');
    assert.deepEqual(await enabledClaimIds(ctx), claims);
    // The refused body must be downloaded again next time, so its validators are not kept.
    assert.equal(ctx.store.subs[0]!.etag, '"v1"');
    return result;
  };

  it('a redirect (to another origin) is refused, not followed', async () => {
    const ctx = await subscribed(() => new Response(null, { status: 302, headers: { location: 'https://elsewhere.example.net/a.json' } }));
    await keeps(ctx, 'redirect');
    assert.equal(ctx.calls.length, 2);
  });

  it('a 50 MB body is refused once the cap is passed, without reading the rest', async () => {
    let pulled = 0;
    const ctx = await subscribed(
      () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              if (pulled >= 50 * 1024 * 1024) return controller.close();
              pulled += 64 * 1024;
              controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
    );
    await keeps(ctx, 'too-large');
    assert.ok(pulled < 2 * 1024 * 1024, `read ${pulled} bytes of a 50 MB body with a 1 MB cap`);
  });

  it('a declared 50 MB body is refused before reading it', async () => {
    const ctx = await subscribed(() => json('{}', { 'content-length': String(50 * 1024 * 1024) }));
    await keeps(ctx, 'too-large');
  });

  it('an HTML page is refused as not JSON, whatever its content type says', async () => {
    const ctx = await subscribed(() => new Response('<!doctype html><p>Maintenance</p>', { headers: { 'content-type': 'text/html' } }));
    await keeps(ctx, 'not-json');
    const liar = await subscribed(() => json('  <html><p>Maintenance</p></html>'));
    await keeps(liar, 'not-json');
  });

  it('an invalid pack gets the same errors as a file import', async () => {
    const broken = { ...pack('feed-a', '2', ['a-1']), claims: [{ id: 'a-1', claimant: 'nobody', date: '2021-02-30', text: { en: 'x' }, evidence: [] }] };
    const ctx = await subscribed(() => json(text(broken)));
    const result = await keeps(ctx, 'invalid');
    const imported = await ctx.library.import('a.json', text({ ...broken, id: 'other' }), false);
    assert.equal(imported.ok, false);
    const importErrors = !imported.ok && imported.reason === 'invalid' ? imported.errors : [];
    assert.deepEqual(result.problem?.code === 'invalid' && result.problem.errors, importErrors);
    assert.ok(importErrors.some((e) => e.path === '$.claims[0].date'));
  });

  it('a pack whose claim ids collide with another pack is refused, and the other pack keeps working', async () => {
    const ctx = await subscribed(() => json(text(pack('feed-a', '2', ['a-1', 'shared-id']))));
    assert.equal((await ctx.library.import('other.json', text(pack('other-pack', '1', ['shared-id'])), false)).ok, true);
    const result = await keeps(ctx, 'claim-collision', ['a-1', 'shared-id']);
    assert.deepEqual(result.problem?.code === 'claim-collision' && [result.problem.ids, result.problem.otherPack], [['shared-id'], 'other-pack']);
  });

  it('a claim id of the bundled pack is refused too', async () => {
    const ctx = await subscribed(() => json(text(pack('feed-a', '2', ['bundled-claim']))));
    await keeps(ctx, 'claim-collision');
  });

  it('a pack that changes its id, or takes an imported pack’s id, is refused', async () => {
    const ctx = await subscribed(() => json(text(pack('feed-b', '2', ['a-1']))));
    await keeps(ctx, 'id-changed');
    await ctx.library.import('c.json', text(pack('feed-c', '1', ['c-1'])), false);
    const scripted = scriptedFetch(() => json(text(pack('feed-c', '1', ['z-1']))));
    const other = setup(scripted.fetch);
    await other.library.import('c.json', text(pack('feed-c', '1', ['c-1'])), false);
    const result = await other.subscriptions.subscribe({ url: 'https://packs.example.org/c.json', periodMinutes: 1440, requestedOrigin: false });
    assert.equal(!result.ok && result.reason === 'feed' && result.problem.code, 'id-taken');
    assert.equal(other.store.subs.length, 0);
  });

  it('a server that hangs is given up on after the time-out', async () => {
    const ctx = await subscribed(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const started = Date.now();
    await keeps(ctx, 'timeout');
    assert.ok(Date.now() - started < 2_000);
  });

  it('a server that fails, or cannot be reached, is reported with its status or error', async () => {
    await keeps(await subscribed(() => new Response('oops', { status: 503 })), 'http-status');
    await keeps(
      await subscribed(() => {
        throw new TypeError('Failed to fetch');
      }),
      'network',
    );
  });

  it('a feed flipping between two versions never goes back to the older one', async () => {
    const v1 = text(pack('feed-a', '2026.12.01', ['a-1']));
    const v2 = text(pack('feed-a', '2026.12.02', ['a-1', 'a-2']));
    let flip = 0;
    const ctx = await subscribed(() => json(flip++ % 2 === 0 ? v2 : v1), pack('feed-a', '2026.12.01', ['a-1']));
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await ctx.subscriptions.update(ctx.id);
      codes.push(result.ok ? 'stored' : result.problem!.code);
      assert.equal(result.subscription?.pack?.version, '2026.12.02');
    }
    assert.deepEqual(codes, ['stored', 'older-version', 'stored', 'older-version']);
    assert.deepEqual(await enabledClaimIds(ctx), ['a-1', 'a-2']);
  });

  it('a first download that fails keeps nothing: no subscription, no pack, no schedule', async () => {
    const ctx = setup(scriptedFetch(() => new Response('<html></html>', { headers: { 'content-type': 'text/html' } })).fetch);
    const result = await ctx.subscriptions.subscribe({ url: URL_A, periodMinutes: 1440, requestedOrigin: true });
    assert.equal(!result.ok && result.reason === 'feed' && result.problem.code, 'not-json');
    assert.deepEqual([ctx.store.subs.length, ctx.packs.meta.size, ctx.schedule.alarms.size], [0, 0, 0]);
  });

  it('refuses http addresses other than this machine, and addresses with credentials', async () => {
    const scripted = scriptedFetch(() => json('{}'));
    const ctx = setup(scripted.fetch);
    for (const url of ['http://packs.example.org/a.json', 'ftp://packs.example.org/a.json', 'https://user:pw@packs.example.org/a.json', 'not a url']) {
      const result = await ctx.subscriptions.subscribe({ url, periodMinutes: 1440, requestedOrigin: false });
      assert.equal(!result.ok && result.reason, 'bad-url', url);
    }
    assert.equal(scripted.calls.length, 0);
  });
});

describe('signed subscriptions', () => {
  it('accept a version signed with the pinned key and refuse tampered, unsigned and other-key versions', async () => {
    const keys = await generateKeyPair();
    const v1 = await signPayload(text(pack('feed-s', '1', ['s-1'])), keys.privateKey);
    let body: unknown = v1;
    const ctx = setup(scriptedFetch(() => json(body)).fetch);
    const result = await ctx.subscriptions.subscribe({ url: URL_A, publicKey: keys.publicKey, periodMinutes: 1440, requestedOrigin: false });
    assert.equal(result.ok, true, JSON.stringify(result));
    const id = result.ok ? result.subscription.id : '';
    assert.equal(result.ok && result.subscription.keyId, keys.keyId);

    const v2 = text(pack('feed-s', '2', ['s-1', 's-2']));
    const other = await generateKeyPair();
    for (const [next, code] of [
      [{ ...v1, payload: v2 }, 'bad-signature'],
      [JSON.parse(v2), 'unsigned'],
      [await signPayload(v2, other.privateKey), 'wrong-key'],
      [{ ...v1, signature: 'x' }, 'bad-envelope'],
    ] as const) {
      body = next;
      const update = await ctx.subscriptions.update(id);
      assert.equal(update.ok ? 'stored' : update.problem?.code, code);
      assert.equal(update.subscription?.pack?.version, '1');
    }
    body = await signPayload(v2, keys.privateKey);
    const good = await ctx.subscriptions.update(id);
    assert.equal(good.ok && good.subscription.pack?.version, '2');
  });

  it('refuse a signed feed when no key was pinned, and a malformed key', async () => {
    const keys = await generateKeyPair();
    const ctx = setup(scriptedFetch(async () => json(await signPayload(text(pack('feed-s', '1', ['s-1'])), keys.privateKey))).fetch);
    const result = await ctx.subscriptions.subscribe({ url: URL_A, periodMinutes: 1440, requestedOrigin: false });
    assert.equal(!result.ok && result.reason === 'feed' && result.problem.code, 'signed-no-key');
    const bad = await ctx.subscriptions.subscribe({ url: URL_A, publicKey: 'too-short', periodMinutes: 1440, requestedOrigin: false });
    assert.equal(!bad.ok && bad.reason, 'bad-key');
  });
});

describe('a subscribed pack and file imports', () => {
  it('a file with the same pack id cannot replace it, even with replace', async () => {
    const ctx = await subscribed(() => json('{}'));
    const result = await ctx.library.import('a.json', text(pack('feed-a', '9', ['x-1'])), true);
    assert.deepEqual(result, { ok: false, reason: 'subscribed', id: 'feed-a' });
    assert.deepEqual(await enabledClaimIds(ctx), ['a-1']);
  });
});

describe('unsubscribing', () => {
  it('removes the pack and gives back the origin only when subscribing asked for it and no other subscription needs it', async () => {
    const ctx = setup(scriptedFetch((url) => json(text(pack(url.endsWith('a.json') ? 'feed-a' : 'feed-b', '1', [url.endsWith('a.json') ? 'a-1' : 'b-1'])))).fetch);
    const a = await ctx.subscriptions.subscribe({ url: URL_A, periodMinutes: 1440, requestedOrigin: true });
    const b = await ctx.subscriptions.subscribe({ url: 'https://packs.example.org/b.json', periodMinutes: 1440, requestedOrigin: true });
    assert.ok(a.ok && b.ok);
    assert.deepEqual(await ctx.subscriptions.unsubscribe(a.subscription.id), { ok: true });
    assert.deepEqual(await enabledClaimIds(ctx), ['b-1']);
    assert.deepEqual(await ctx.subscriptions.unsubscribe(b.subscription.id), { ok: true, releaseOrigin: 'https://packs.example.org' });
    assert.deepEqual([ctx.packs.meta.size, ctx.schedule.alarms.size], [0, 0]);
  });
});
