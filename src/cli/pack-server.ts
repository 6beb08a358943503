// The server behind `recoupe serve-pack`: the files of one directory on 127.0.0.1, each with a strong
// ETag (its SHA-256) and Last-Modified, answering If-None-Match / If-Modified-Since with 304, so a
// publisher can try a subscription locally, conditional updates included. Files are read on every
// request: editing one publishes the update. Nothing outside the directory is reachable.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export interface PackServer {
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.json': 'application/json; charset=utf-8', '.jsonld': 'application/ld+json; charset=utf-8' };

export async function startPackServer(dir: string, port = 0): Promise<PackServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
      let file: string;
      try {
        file = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)));
      } catch {
        return void res.writeHead(400).end('bad path');
      }
      if (!file.startsWith(root + sep)) return void res.writeHead(404).end('not found');
      let body: Buffer;
      let modified: Date;
      try {
        [body, modified] = await Promise.all([readFile(file), stat(file).then((s) => s.mtime)]);
      } catch {
        return void res.writeHead(404).end('not found');
      }
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
      const lastModified = new Date(Math.floor(modified.getTime() / 1000) * 1000).toUTCString();
      const headers = { etag, 'last-modified': lastModified, 'cache-control': 'no-cache', 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      const since = Date.parse(req.headers['if-modified-since'] ?? '');
      const fresh = req.headers['if-none-match'] !== undefined ? req.headers['if-none-match'] === etag : !Number.isNaN(since) && Date.parse(lastModified) <= since;
      if (fresh) return void res.writeHead(304, headers).end();
      res.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(req.method === 'HEAD' ? undefined : body);
    })();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
