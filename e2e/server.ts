// Small static server on 127.0.0.1 (random port) shared by the e2e tests and `npm start`.
// Serves the demo fixtures, the labelled test pages, and the real corpus pages (read from ../shared,
// never copied into the repo or dist/).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FeedRoutes } from './feed-routes.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const GENERATED_DIR = join(ROOT, '.tmp', 'e2e-generated');
export const MOUNTS: Record<string, string> = {
  '/': join(ROOT, 'e2e', 'fixtures'),
  '/labelled/': join(ROOT, 'test', 'fixtures', 'labelled'),
  '/corpus/': resolve(ROOT, '..', 'shared', 'corpus', 'pages'),
  // Pages a test generates at run time (too large to keep in git), under the git-ignored .tmp/.
  '/generated/': GENERATED_DIR,
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

export interface FixtureServer {
  readonly origin: string;
  /** Pack feeds under /feeds/ that subscription tests publish and inspect (feed-routes.ts). */
  readonly feeds: FeedRoutes;
  url(path: string): string;
  close(): Promise<void>;
}

function resolvePath(pathname: string): string | undefined {
  const mount = Object.keys(MOUNTS)
    .filter((prefix) => pathname.startsWith(prefix))
    .sort((a, b) => b.length - a.length)[0];
  if (mount === undefined) return undefined;
  const base = MOUNTS[mount]!;
  const file = normalize(join(base, decodeURIComponent(pathname.slice(mount.length)) || 'index.html'));
  return file.startsWith(base + sep) ? file : undefined; // no escaping the mount with ../
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const feeds = new FeedRoutes();
  const server: Server = createServer((req, res) => {
    if (feeds.handle(req, res)) return;
    const file = resolvePath(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(file).then(
      (body) => {
        const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
        // Saved real pages keep their scripts, which try to reach the network or switch to https: run none
        // of them and load nothing from elsewhere, so these pages behave the same on every run.
        if (file.startsWith(MOUNTS['/corpus/']!)) headers['content-security-policy'] = "default-src 'self' data: 'unsafe-inline'; script-src 'none'";
        res.writeHead(200, headers);
        res.end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    feeds,
    url: (path) => new URL(path, origin).href,
    // Browsers keep connections alive: drop them, or close() would wait for them to time out.
    close: () =>
      new Promise((done) => {
        feeds.release();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
