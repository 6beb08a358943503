// Pack feeds for the subscription e2e tests, under /feeds/ on the fixture server. A test publishes what
// each address answers (a pack with an ETag, an error, HTML, a redirect, a hang, a huge body) and reads
// back every request the server got, with its method and headers, to check what the extension sent.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type FeedAnswer =
  | { readonly kind: 'json'; readonly body: string; readonly contentType?: string }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'html' }
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'hang' }
  | { readonly kind: 'huge'; readonly bytes: number };

export interface FeedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** 200, 304…, or 0 for an answer that never came. */
  readonly status: number;
}

export const FEEDS_PREFIX = '/feeds/';

export class FeedRoutes {
  readonly #answers = new Map<string, FeedAnswer>();
  readonly #log: FeedRequest[] = [];
  readonly #hanging = new Set<ServerResponse>();

  publish(path: string, answer: FeedAnswer): void {
    this.#answers.set(path, answer);
  }

  requests(): FeedRequest[] {
    return [...this.#log];
  }

  /** Ends the responses still hanging, so the server can close. */
  release(): void {
    for (const res of this.#hanging) res.destroy();
    this.#hanging.clear();
  }

  /** Answers a /feeds/ request; false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(FEEDS_PREFIX)) return false;
    const log = (status: number) => this.#log.push({ method: req.method ?? '', path: url.pathname + url.search, headers: { ...req.headers }, status });
    if (url.pathname === `${FEEDS_PREFIX}set-cookie`) {
      // Lets a test give the origin a cookie, to check that subscription requests never carry it.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'recoupe-test=secret; Path=/; SameSite=Lax' }).end('<p>cookie set</p>');
      return true;
    }
    const answer = this.#answers.get(url.pathname);
    if (!answer) {
      log(404);
      res.writeHead(404).end('not found');
      return true;
    }
    switch (answer.kind) {
      case 'json': {
        const etag = `"${createHash('sha256').update(answer.body).digest('hex').slice(0, 16)}"`;
        if (req.headers['if-none-match'] === etag) {
          log(304);
          res.writeHead(304, { etag }).end();
        } else {
          log(200);
          res.writeHead(200, { 'content-type': answer.contentType ?? 'application/json', etag, 'cache-control': 'no-cache' }).end(answer.body);
        }
        return true;
      }
      case 'status':
        log(answer.status);
        res.writeHead(answer.status, { 'content-type': 'text/plain' }).end('broken on purpose');
        return true;
      case 'html':
        log(200);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Not a pack</title><p>Maintenance page</p>');
        return true;
      case 'redirect':
        log(302);
        res.writeHead(302, { location: answer.location }).end();
        return true;
      case 'hang':
        log(0);
        this.#hanging.add(res);
        res.on('close', () => this.#hanging.delete(res));
        return true;
      case 'huge': {
        log(200);
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const push = () => {
          while (sent < answer.bytes) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', push);
          }
          res.end();
        };
        res.on('error', () => undefined);
        push();
        return true;
      }
    }
  }
}
