// `recoupe serve-pack <dir> [--port N]`: serves a directory of packs on http://127.0.0.1 with ETags until
// interrupted (Ctrl-C), for trying subscriptions locally (plain http is accepted only on this machine).
import { readdir } from 'node:fs/promises';
import { startPackServer } from '../pack-server.ts';

const USAGE = 'usage: recoupe serve-pack <dir> [--port N]';

export async function runServePack(args: string[]): Promise<number> {
  let dir: string | undefined;
  let port = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--port') {
      port = Number(args[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        console.error(`recoupe serve-pack: --port needs a port number\n${USAGE}`);
        return 2;
      }
    } else if (!arg.startsWith('--') && dir === undefined) dir = arg;
    else {
      console.error(`recoupe serve-pack: unexpected argument ${JSON.stringify(arg)}\n${USAGE}`);
      return 2;
    }
  }
  if (dir === undefined) {
    console.error(USAGE);
    return 2;
  }
  const files = (await readdir(dir)).filter((name) => /\.(json|jsonld)$/i.test(name));
  const server = await startPackServer(dir, port);
  console.log(`recoupe serve-pack: serving ${dir} on ${server.origin} (Ctrl-C to stop)`);
  for (const name of files) console.log(`  ${server.origin}/${encodeURIComponent(name)}`);
  await new Promise<void>((done) => process.once('SIGINT', done).once('SIGTERM', done));
  await server.close();
  return 0;
}
