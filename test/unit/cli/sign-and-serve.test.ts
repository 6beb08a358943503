// `recoupe keygen`, `recoupe sign` and `recoupe serve-pack` as a publisher uses them: the signed file
// verifies with the printed key, and a subscription (Node's own fetch) against serve-pack gets the
// pack, a 304 while it is unchanged, and the edited file afterwards.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePublicKey, readEnvelope, verifyEnvelope } from '../../../src/core/pack/signed.ts';
import { startPackServer } from '../../../src/cli/pack-server.ts';
import { scriptedFetch, setup } from '../background/subscription-fakes.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const small = join(root, 'test/fixtures/packs/good/small.json');
const recoupe = (cwd: string, ...args: string[]) => execFileSync(process.execPath, [join(root, 'bin/recoupe.js'), ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('recoupe keygen and sign', () => {
  it('sign a pack so that it verifies with the printed public key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-sign-'));
    const printed = recoupe(dir, 'keygen', '--out', 'key.json');
    const publicKey = /public key: (\S+)/.exec(printed)![1]!;
    copyFileSync(small, join(dir, 'small.json'));
    recoupe(dir, 'sign', 'small.json', '--key', 'key.json');
    const read = readEnvelope(JSON.parse(readFileSync(join(dir, 'small.signed.json'), 'utf8')));
    assert.ok(read?.ok);
    assert.equal(read.envelope.payload, readFileSync(small, 'utf8'));
    assert.equal(await verifyEnvelope(read.envelope, parsePublicKey(publicKey)!), 'valid');
    assert.throws(() => recoupe(dir, 'keygen', '--out', 'key.json'), /EEXIST/);
  });

  it('refuse to sign an invalid pack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-sign-'));
    recoupe(dir, 'keygen', '--out', 'key.json');
    writeFileSync(join(dir, 'bad.json'), '{"format":"recoupe-pack/1"}');
    assert.throws(() => recoupe(dir, 'sign', 'bad.json', '--key', 'key.json'), /not a valid pack/);
  });
});

describe('recoupe serve-pack', () => {
  it('serves packs with ETags, answers 304 while unchanged, and keeps to its directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-serve-'));
    copyFileSync(small, join(dir, 'small.json'));
    const server = await startPackServer(dir);
    try {
      const first = await fetch(`${server.origin}/small.json`);
      assert.equal(first.status, 200);
      const etag = first.headers.get('etag')!;
      assert.match(etag, /^"[0-9a-f]{32}"$/);
      assert.equal((await fetch(`${server.origin}/small.json`, { headers: { 'if-none-match': etag } })).status, 304);
      assert.equal((await fetch(`${server.origin}/small.json`, { headers: { 'if-modified-since': first.headers.get('last-modified')! } })).status, 304);
      assert.equal((await fetch(`${server.origin}/..%2F..%2Fetc%2Fpasswd`)).status, 404);
      assert.equal((await fetch(`${server.origin}/missing.json`)).status, 404);
    } finally {
      await server.close();
    }
  });

  it('is what a subscription updates from: the pack, then 304, then the edited pack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-serve-'));
    const pack = JSON.parse(readFileSync(small, 'utf8')) as { version: string };
    writeFileSync(join(dir, 'small.json'), JSON.stringify(pack));
    const server = await startPackServer(dir);
    try {
      const ctx = setup(scriptedFetch((url, init) => fetch(url, init)).fetch);
      const subscribed = await ctx.subscriptions.subscribe({ url: `${server.origin}/small.json`, periodMinutes: 1440, requestedOrigin: false });
      assert.equal(subscribed.ok, true, JSON.stringify(subscribed));
      const id = subscribed.ok ? subscribed.subscription.id : '';
      const same = await ctx.subscriptions.update(id);
      assert.equal(same.ok && same.changed, false);
      writeFileSync(join(dir, 'small.json'), JSON.stringify({ ...pack, version: '2099-01-01' }));
      const edited = await ctx.subscriptions.update(id);
      assert.equal(edited.ok && edited.subscription.pack?.version, '2099-01-01');
    } finally {
      await server.close();
    }
  });
});
