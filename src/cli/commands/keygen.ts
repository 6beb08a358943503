// `recoupe keygen [--out FILE]`: a new Ed25519 key pair for signing packs. The private key (a JWK) is
// written to FILE (default recoupe-signing-key.json, never overwritten, readable by its owner only);
// the public key is printed: publishers give it to subscribers, who paste it on the subscribe form.
import { writeFile } from 'node:fs/promises';
import { generateKeyPair } from '../../core/pack/signed.ts';

const USAGE = 'usage: recoupe keygen [--out FILE]   (default: recoupe-signing-key.json)';

export async function runKeygen(args: string[]): Promise<number> {
  let out = 'recoupe-signing-key.json';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out' && args[i + 1] !== undefined) out = args[++i]!;
    else {
      console.error(`recoupe keygen: unexpected argument ${JSON.stringify(args[i])}\n${USAGE}`);
      return 2;
    }
  }
  const keys = await generateKeyPair();
  try {
    // flag 'wx': an existing key is never replaced by accident (subscribers pinned its public half).
    await writeFile(out, `${JSON.stringify(keys.privateKey, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    console.error(`recoupe keygen: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  console.error(`recoupe keygen: private key written to ${out} (keep it secret; never publish it)`);
  console.log(`public key: ${keys.publicKey}`);
  console.log(`key id:     ${keys.keyId}`);
  return 0;
}
