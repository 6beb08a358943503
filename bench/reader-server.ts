// The server the reader benchmark loads pages from: the 36 saved corpus pages and the demo article, with
// their scripts off (CSP script-src 'none', as in e2e/server.ts) and every <iframe> pointed at a blank
// same-origin document. A frame the CSP blocks renders the browser's own error page in the same renderer,
// and that page's script time would drown the extension's share (issue #14).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = resolve(import.meta.dirname, '..');
/** The corpus beside the repository (../shared), or RECOUPE_CORPUS_PAGES when the checkout lives elsewhere. */
export const CORPUS_PAGES = process.env.RECOUPE_CORPUS_PAGES ?? resolve(ROOT, '..', 'shared', 'corpus', 'pages');
const DEMO = join(ROOT, 'e2e', 'fixtures');
const BLANK = '<!doctype html><html><head><title></title></head><body></body></html>';
const CSP = "default-src 'self' data: 'unsafe-inline'; script-src 'none'";

/** Every iframe's src (and srcdoc) replaced by the blank page; lazy frames too. */
export function blankFrames(html: string): string {
  return html.replace(/<iframe\b[^>]*>/gi, (tag) =>
    tag.replace(/\s(?:src|srcdoc|data-src)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '').replace(/^<iframe/i, '<iframe src="/blank.html"'),
  );
}

/**
 * A page of `count` text nodes (issue #13 item 8: 200k): paragraphs of ten text nodes each, five of them in
 * <b>, with plain sentences that match no claim.
 */
export function manyTextNodes(count: number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < Math.ceil(count / 10); p++) {
    let html = '<p>';
    for (let k = 0; k < 5; k++) html += `Paragraph ${p} says part ${k} of a long text <b>with bold word ${k}</b>`;
    paragraphs.push(`${html}</p>`);
  }
  return `<!doctype html><html lang="en"><head><title>${count} text nodes</title></head><body>${paragraphs.join('\n')}</body></html>`;
}

export interface ReaderServer {
  url(path: string): string;
  close(): Promise<void>;
}

export async function startReaderServer(): Promise<ReaderServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, body: string | Buffer, type = 'text/html; charset=utf-8') =>
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-security-policy': CSP }).end(body);
    if (path === '/blank.html') return send(200, BLANK);
    const generated = /^\/generated\/text-nodes-(\d+)\.html$/.exec(path);
    if (generated) return send(200, manyTextNodes(Number(generated[1])));
    const corpus = /^\/corpus\/([\w.-]+\.html)$/.exec(path);
    const demo = /^\/(demo-article\.(?:html|css))$/.exec(path);
    const file = corpus ? join(CORPUS_PAGES, corpus[1]!) : demo ? join(DEMO, demo[1]!) : undefined;
    if (!file) return send(404, 'not found', 'text/plain');
    readFile(file).then(
      (body) => (file.endsWith('.css') ? send(200, body, 'text/css') : send(200, blankFrames(body.toString('utf8')))),
      () => send(404, 'not found', 'text/plain'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
