// recoupe-signed/1: a signature made by `recoupe sign` verifies with the printed public key, and any
// change to the payload, the key or the envelope is caught.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPair, parsePublicKey, readEnvelope, signPayload, verifyEnvelope } from '../../../src/core/pack/signed.ts';
import { checkFeedUrl } from '../../../src/shared/feed-url.ts';

describe('signed packs', () => {
  it('verify with the signer’s key, and not once the payload changes by one character', async () => {
    const keys = await generateKeyPair();
    const envelope = await signPayload('{"format":"recoupe-pack/1"}\n', keys.privateKey);
    assert.equal(keys.publicKey.length, 43);
    assert.equal(envelope.keyId, keys.keyId);
    const read = readEnvelope(JSON.parse(JSON.stringify(envelope)));
    assert.ok(read?.ok);
    assert.equal(await verifyEnvelope(read.envelope, parsePublicKey(keys.publicKey)!), 'valid');
    assert.equal(await verifyEnvelope({ ...envelope, payload: envelope.payload.replace('1', '2') }, parsePublicKey(keys.publicKey)!), 'bad-signature');
  });

  it('tell a signature by another key from a broken one', async () => {
    const [a, b] = [await generateKeyPair(), await generateKeyPair()];
    const envelope = await signPayload('{}', a.privateKey);
    assert.equal(await verifyEnvelope(envelope, parsePublicKey(b.publicKey)!), 'wrong-key');
    // Claiming the right keyId does not help a signature made with another key.
    const forged = { ...(await signPayload('{}', b.privateKey)), keyId: a.keyId };
    assert.equal(await verifyEnvelope(forged, parsePublicKey(a.publicKey)!), 'bad-signature');
  });

  it('read only well-formed envelopes, and leave other JSON alone', () => {
    assert.equal(readEnvelope({ format: 'recoupe-pack/1' }), undefined);
    assert.equal(readEnvelope([]), undefined);
    const bad = readEnvelope({ format: 'recoupe-signed/1', algorithm: 'Ed25519', keyId: '00', payload: '', signature: '' });
    assert.equal(bad?.ok, false);
    assert.equal(parsePublicKey('not a key'), undefined);
  });
});

describe('subscribable addresses', () => {
  it('are https anywhere, http only on this machine, without credentials or fragment', () => {
    assert.deepEqual(checkFeedUrl('https://packs.example.org/a.json#x'), { ok: true, url: 'https://packs.example.org/a.json', origin: 'https://packs.example.org' });
    assert.equal(checkFeedUrl('http://127.0.0.1:8080/a.json').ok, true);
    assert.equal(checkFeedUrl('http://localhost/a.json').ok, true);
    assert.deepEqual(checkFeedUrl('http://packs.example.org/a.json'), { ok: false, reason: 'http-remote' });
    assert.deepEqual(checkFeedUrl('file:///etc/passwd'), { ok: false, reason: 'scheme' });
    assert.deepEqual(checkFeedUrl('https://u:p@packs.example.org/'), { ok: false, reason: 'credentials' });
  });
});
