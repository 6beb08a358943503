// The page's date is matching context (ADR 0013): a page cannot report a claim made after it was
// published. The content script reads the date the page declares (meta tags) or, failing that, its wire
// dateline, and sends it with the text; the same seed-article sentence is highlighted or not by that alone.
import { test, expect } from './harness/test.ts';
import { readHighlights, waitForHighlights } from './harness/highlights.ts';
import type { ExtensionBrowser } from './harness/browsers.ts';

async function scannedWithoutHighlights(ext: ExtensionBrowser, url: string): Promise<void> {
  const page = await ext.newPage(url);
  const popup = await ext.openExtensionPage('popup.html');
  await page.bringToFront();
  await popup.waitFor(() => Number(document.querySelector('[data-testid="scan-summary"]')?.getAttribute('data-block-count')) > 0);
  const found = await popup.evaluate(() => Number(document.querySelector('[data-testid="scan-summary"]')!.getAttribute('data-found')));
  await popup.close();
  expect(found).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('recoupe-mark').length)).toBe(0);
  await page.close();
}

test('a page dated before the claims, by its meta tag or its dateline, gets no highlight; dated the day after, it does', async ({ ext, server }) => {
  const after = await ext.newPage(server.url('/page-date-dateline-after.html'));
  await waitForHighlights(after, 2);
  const claims = new Set((await readHighlights(after)).map((h) => h.claim));
  expect(claims.has('ru-mod-39-sorties-60-targets-24h')).toBe(true);
  await after.close();

  await scannedWithoutHighlights(ext, server.url('/page-date-meta-before.html'));
  await scannedWithoutHighlights(ext, server.url('/page-date-dateline-before.html'));
});
