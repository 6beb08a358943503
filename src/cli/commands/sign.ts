// `recoupe sign <pack-file> --key FILE [--out FILE]`: validates the pack exactly as the extension's import
// does (so a broken pack is never signed), then writes it in a recoupe-signed/1 envelope (default:
// <pack-file>.signed.json, beside it). The payload is the file's text unchanged.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readPackFile } from '../../core/pack/read-file.ts';
import { isPrivateKeyJwk, signPayload } from '../../core/pack/signed.ts';

const USAGE = 'usage: recoupe sign <pack-file> --key FILE [--out FILE]';

export async function runSign(args: string[]): Promise<number> {
  let file: string | undefined;
  let keyFile: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if ((arg === '--key' || arg === '--out') && args[i + 1] !== undefined) {
      if (arg === '--key') keyFile = args[++i];
      else out = args[++i];
    } else if (!arg.startsWith('--') && file === undefined) file = arg;
    else {
      console.error(`recoupe sign: unexpected argument ${JSON.stringify(arg)}\n${USAGE}`);
      return 2;
    }
  }
  if (file === undefined || keyFile === undefined) {
    console.error(`recoupe sign: a pack file and --key are needed\n${USAGE}`);
    return 2;
  }
  const key: unknown = JSON.parse(await readFile(keyFile, 'utf8'));
  if (!isPrivateKeyJwk(key)) {
    console.error(`recoupe sign: ${keyFile} is not a private key written by recoupe keygen`);
    return 1;
  }
  const text = await readFile(file, 'utf8');
  const read = readPackFile(text, { fileName: basename(file), importedAt: new Date().toISOString().slice(0, 10) });
  if (!read.ok) {
    for (const e of read.errors) console.error(`${file}: ${e.path} ${e.message}`);
    console.error(`recoupe sign: ${file} is not a valid pack; nothing signed`);
    return 1;
  }
  const target = out ?? file.replace(/(\.json)?$/i, '.signed.json');
  const envelope = await signPayload(text, key);
  await writeFile(target, `${JSON.stringify(envelope, null, 2)}\n`, 'utf8');
  console.error(`recoupe sign: ${read.pack.id} ${read.pack.version} (${read.pack.claims.length} claims) signed with key ${envelope.keyId} → ${target}`);
  return 0;
}
