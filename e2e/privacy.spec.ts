// Zero network: the extension's own contexts (background, popup, options, content script) make no
// request at all, while the pages around them load their own subresources as usual. See
// harness/network.ts for how each browser's requests are attributed.
import { test, expect } from './harness/test.ts';
import { waitForHighlights } from './harness/highlights.ts';
import type { NetworkLog, RecordedRequest } from './harness/network.ts';
import type { DrivenPage } from './harness/driven-page.ts';
import type { ExtensionBrowser } from './harness/browsers.ts';

const CORPUS = ['nytimes-1.html', 'lemonde-1.html', 'guardian-1.html'];

/** Opens the popup as a tab (it then shows the tab used just before) and waits until that tab was scanned. */
/** Opens `url` in a new tab once the recorder watches that tab, so none of its requests is missed. */
async function openWatched(ext: ExtensionBrowser, log: NetworkLog, url: string): Promise<DrivenPage> {
  const page = await ext.newPage();
  await log.settled();
  await page.goto(url);
  return page;
}

async function waitForScan(ext: ExtensionBrowser): Promise<DrivenPage> {
  const popup = await ext.openExtensionPage('popup.html');
  await popup.waitFor(() => Number(document.querySelector('[data-testid="scan-summary"]')?.getAttribute('data-block-count')) > 0);
  return popup;
}

test('the extension makes no network request from start-up on, while it scans pages, and in its popup and options page', async ({ ext, server }, testInfo) => {
  const log = await ext.recordNetwork();
  let requests: RecordedRequest[];
  try {
    const article = await openWatched(ext, log, server.url('/demo-article.html'));
    await waitForHighlights(article, 10);

    // The popup: the tab's findings, then a search of the whole database.
    const popup = await waitForScan(ext);
    await popup.evaluate(() => {
      const input = document.querySelector('#search-input') as HTMLInputElement;
      input.value = 'camps';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.waitFor(() => document.querySelector('[data-testid="search-results"] li') !== null);
    await popup.close();

    const options = await ext.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-testid="total-claims"]') !== null);
    await options.close();

    // Real news pages, which request many subresources of their own (they fail: this machine is offline).
    for (const name of CORPUS) {
      const page = await openWatched(ext, log, server.url(`/corpus/${name}`));
      const scanned = await waitForScan(ext);
      await scanned.close();
      await page.close();
    }
    await article.close();
  } finally {
    requests = await log.requests();
  }
  await testInfo.attach('requests.json', { body: JSON.stringify(requests, null, 2), contentType: 'application/json' });

  expect(requests.filter((r) => r.byExtension)).toEqual([]);

  // The recorder is not blind: it saw the pages' own requests…
  const demo = server.url('/demo-article.html');
  const fromDemo = requests.filter((r) => r.page === demo).map((r) => new URL(r.url).pathname);
  expect(fromDemo).toContain('/demo-article.css');
  expect(requests.some((r) => r.page?.includes('/corpus/'))).toBe(true);
  // …and the demo article, whose subresources are known, requested nothing else. This also catches a
  // content-script request in Firefox, which runs it with the page's own principal.
  expect(fromDemo.filter((path) => !['/demo-article.html', '/demo-article.css', '/favicon.ico'].includes(path))).toEqual([]);
});
