// Records every HTTP(S)/WebSocket request the browser makes while a test runs, and tells which of them
// the extension's own contexts made (background, popup, options, content script), so a test can assert
// the extension makes none while the pages still load their own subresources.
// - Chromium: Playwright reports service-worker requests on the context (request.serviceWorker()) and
//   extension pages by their frame URL; a content script's requests look like the page's, so each page
//   gets a DevTools session whose Network.requestWillBeSent initiator stack names the script's URL.
// - Firefox: an observer in the browser's parent process (reachable with --remote-allow-system-access)
//   sees every HTTP channel with its triggering principal: moz-extension:// for the background and the
//   extension's pages. Firefox runs a content script's fetch with the page's principal, so there a
//   content-script request is indistinguishable from the page's own: tests catch it by checking that a
//   known page requests only its known subresources.
import type { BrowserContext, Page, Request } from '@playwright/test';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';

export interface RecordedRequest {
  readonly url: string;
  /** Who made it: "service worker …", "extension page …", "content script … on …", "page …", "browser". */
  readonly from: string;
  /** The page (document) URL for page and content-script requests. */
  readonly page?: string;
  readonly byExtension: boolean;
}

export interface NetworkLog {
  /** Everything recorded since the log started (the browser's launch: it lives as long as the browser). */
  requests(): Promise<RecordedRequest[]>;
  /** Resolves once every page opened so far is watched (Chromium attaches to new pages asynchronously). */
  settled(): Promise<void>;
}

/** Schemes that leave the browser. chrome-extension:, moz-extension:, data:, blob:, about: never do. */
const NETWORK = /^(https?|wss?|ftp):/i;

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) urls.push(...s.callFrames.map((f) => f.url));
  return urls;
}

/** `base()` is the extension's base URL, or just "chrome-extension://" until its service worker is known. */
export async function recordChromium(context: BrowserContext, base: () => string): Promise<NetworkLog> {
  const log: RecordedRequest[] = [];

  const onRequest = (request: Request) => {
    const url = request.url();
    if (!NETWORK.test(url)) return;
    const extensionBase = base();
    const worker = request.serviceWorker();
    if (worker) {
      log.push({ url, from: `service worker ${worker.url()}`, byExtension: worker.url().startsWith(extensionBase) });
      return;
    }
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // No frame: not a page request (workers are handled above).
    }
    if (frameUrl.startsWith(extensionBase)) log.push({ url, from: `extension page ${frameUrl}`, byExtension: true });
  };

  const watchPage = async (page: Page) => {
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event) => {
      const url = event.request.url;
      const pageUrl = event.documentURL;
      const extensionBase = base();
      if (!NETWORK.test(url) || pageUrl.startsWith(extensionBase)) return; // extension pages: seen by onRequest
      const script = stackUrls(event.initiator.stack as StackTrace | undefined).find((u) => u.startsWith(extensionBase));
      log.push(
        script
          ? { url, from: `content script ${script} on ${pageUrl}`, page: pageUrl, byExtension: true }
          : { url, from: `page ${pageUrl}`, page: pageUrl, byExtension: false },
      );
    });
    await cdp.send('Network.enable');
  };
  const pending: Promise<void>[] = [];
  const onPage = (page: Page) => void pending.push(watchPage(page).catch(() => {})); // a page closed meanwhile

  context.on('request', onRequest);
  context.on('page', onPage);
  await Promise.all(context.pages().map(watchPage));
  return {
    requests: async () => [...log],
    settled: async () => void (await Promise.all(pending)),
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

let firefoxRecorders = 0;

/**
 * Evaluates an expression in Firefox's parent process with system privileges: a chrome window listed by
 * WebDriver BiDi under "moz:scope": "chrome" (needs --remote-allow-system-access). Promises are awaited;
 * the value comes back as BiDi serialises it (primitives as they are).
 */
export async function firefoxChromeEvaluator(browser: PuppeteerBrowser): Promise<(expression: string) => Promise<unknown>> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const chrome = tree.contexts[0]?.context;
  if (!chrome) throw new Error('no Firefox chrome window (is --remote-allow-system-access set?)');
  return async (expression) => {
    const reply = (await connection.send('script.evaluate', { expression, target: { context: chrome }, awaitPromise: true })).result as {
      type: string;
      result?: { value?: unknown };
      exceptionDetails?: { text?: string };
    };
    if (reply.type !== 'success') throw new Error(`chrome-context evaluation: ${reply.exceptionDetails?.text ?? 'failed'}`);
    return reply.result?.value;
  };
}

export async function recordFirefox(browser: PuppeteerBrowser): Promise<NetworkLog> {
  const evaluate = await firefoxChromeEvaluator(browser);
  const key = `__recoupeNetworkLog${++firefoxRecorders}`;
  // Runs with system privileges in the parent process. Keep it small and self-contained.
  await evaluate(`(() => {
    const log = [];
    const observer = {
      observe(subject) {
        try {
          const channel = subject.QueryInterface(Ci.nsIHttpChannel);
          const url = channel.URI.spec;
          if (!/^(https?|wss?|ftp):/i.test(url)) return;
          const p = channel.loadInfo ? channel.loadInfo.triggeringPrincipal : null;
          if (!p || p.isSystemPrincipal) log.push({ url, from: 'browser', byExtension: false });
          else if (p.isAddonOrExpandedAddonPrincipal) {
            log.push({ url, from: (p.isExpandedPrincipal ? 'content script of ' : 'extension page ') + (p.addonId || '') + ' ' + (p.URI ? p.URI.spec : ''), byExtension: true });
          } else {
            const page = p.URI ? p.URI.spec : String(p.origin);
            log.push({ url, from: 'page ' + page, page, byExtension: false });
          }
        } catch (error) {
          log.push({ url: 'unknown', from: 'observer error: ' + error, byExtension: true });
        }
      },
    };
    Services.obs.addObserver(observer, 'http-on-opening-request');
    globalThis.${key} = { log };
    return true;
  })()`);
  return {
    requests: async () => JSON.parse((await evaluate(`JSON.stringify(globalThis.${key}.log)`)) as string) as RecordedRequest[],
    settled: async () => {}, // the observer sees every channel of the browser from the start
  };
}
