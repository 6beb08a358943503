// Detached-in-an-envelope Ed25519 signatures for claim packs (recoupe-signed/1, documented in
// claims-db/README.md). The payload is the pack file's text exactly as published, so nothing has to be
// canonicalised before verifying: the bytes signed are the bytes checked. WebCrypto only, so the same
// code signs in the CLI (Node 20) and verifies in Chromium's service worker and Firefox's event page.
export const SIGNED_FORMAT = 'recoupe-signed/1';
const ALGORITHM = { name: 'Ed25519' } as const;
/** Signed bytes start with this, so a signature made for anything else can never verify as a pack's. */
const DOMAIN = `${SIGNED_FORMAT}\n`;

export interface SignedEnvelope {
  readonly format: typeof SIGNED_FORMAT;
  readonly algorithm: 'Ed25519';
  /** First 16 hex digits of the SHA-256 of the raw public key: tells which key signed, proves nothing. */
  readonly keyId: string;
  /** The pack file (recoupe-pack/1, ClaimReview JSON-LD or Fact Check Tools JSON) as text. */
  readonly payload: string;
  /** base64url of the 64-byte Ed25519 signature over DOMAIN + payload (UTF-8). */
  readonly signature: string;
}

/** A private key as `recoupe keygen` writes it: a JWK, which WebCrypto imports everywhere. */
export interface PrivateKeyJwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly d: string;
  readonly x: string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** undefined: not an envelope at all; otherwise the envelope or what is wrong with it. */
export function readEnvelope(data: unknown): { ok: true; envelope: SignedEnvelope } | { ok: false; detail: string } | undefined {
  if (!isObject(data) || data.format !== SIGNED_FORMAT) return undefined;
  if (data.algorithm !== 'Ed25519') return { ok: false, detail: 'algorithm must be "Ed25519"' };
  if (typeof data.keyId !== 'string' || !/^[0-9a-f]{16}$/.test(data.keyId)) return { ok: false, detail: 'keyId must be 16 lower-case hex digits' };
  if (typeof data.payload !== 'string') return { ok: false, detail: 'payload must be the pack file as a string' };
  if (typeof data.signature !== 'string' || fromBase64Url(data.signature)?.length !== 64) return { ok: false, detail: 'signature must be 64 bytes, base64url' };
  return { ok: true, envelope: data as unknown as SignedEnvelope };
}

/** The raw 32-byte public key from its base64url text (43 characters, as `recoupe keygen` prints it). */
export function parsePublicKey(text: string): Uint8Array | undefined {
  const bytes = fromBase64Url(text.trim());
  return bytes?.length === 32 ? bytes : undefined;
}

export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey as BufferSource));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type Verdict = 'valid' | 'wrong-key' | 'bad-signature';

/** Checks the envelope against the pinned key. 'wrong-key': signed by another key (by keyId). */
export async function verifyEnvelope(envelope: SignedEnvelope, publicKey: Uint8Array): Promise<Verdict> {
  if (envelope.keyId !== (await keyIdOf(publicKey))) return 'wrong-key';
  const key = await crypto.subtle.importKey('raw', publicKey as BufferSource, ALGORITHM, false, ['verify']);
  const signature = fromBase64Url(envelope.signature)!;
  const ok = await crypto.subtle.verify(ALGORITHM, key, signature as BufferSource, signedBytes(envelope.payload) as BufferSource);
  return ok ? 'valid' : 'bad-signature';
}

export async function signPayload(payload: string, privateKey: PrivateKeyJwk): Promise<SignedEnvelope> {
  const key = await crypto.subtle.importKey('jwk', { ...privateKey, key_ops: ['sign'] }, ALGORITHM, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign(ALGORITHM, key, signedBytes(payload) as BufferSource));
  const keyId = await keyIdOf(fromBase64Url(privateKey.x)!);
  return { format: SIGNED_FORMAT, algorithm: 'Ed25519', keyId, payload, signature: toBase64Url(signature) };
}

export async function generateKeyPair(): Promise<{ privateKey: PrivateKeyJwk; publicKey: string; keyId: string }> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const privateKey: PrivateKeyJwk = { kty: 'OKP', crv: 'Ed25519', d: jwk.d!, x: jwk.x! };
  return { privateKey, publicKey: jwk.x!, keyId: await keyIdOf(fromBase64Url(jwk.x!)!) };
}

/** Whether this is a usable private key file's content. */
export function isPrivateKeyJwk(x: unknown): x is PrivateKeyJwk {
  return isObject(x) && x.kty === 'OKP' && x.crv === 'Ed25519' && typeof x.d === 'string' && typeof x.x === 'string' && parsePublicKey(x.x) !== undefined;
}

function signedBytes(payload: string): Uint8Array {
  return new TextEncoder().encode(DOMAIN + payload);
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}
