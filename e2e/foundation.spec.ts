import { test, expect } from './harness/test.ts';

test('the content script scans the demo article and reports to the background, which the popup shows', async ({ ext, server }) => {
  const article = await ext.newPage(server.url('/demo-article.html'));
  const popup = await ext.openExtensionPage('popup.html');
  await popup.waitFor(() => document.querySelector('[data-testid="scan-summary"]') !== null);
  const blockCount = await popup.evaluate(() => Number(document.querySelector('[data-testid="scan-summary"]')!.getAttribute('data-block-count')));
  // Masthead (2 spans in one block), kicker, headline, byline and the six paragraphs of the article.
  expect(blockCount).toBeGreaterThanOrEqual(9);
  await popup.close();
  await article.close();
});

test('the popup page renders its heading in the browser language', async ({ ext }) => {
  const popup = await ext.openExtensionPage('popup.html');
  await popup.waitFor(() => document.querySelector('h1')?.textContent?.length);
  const heading = await popup.evaluate(() => document.querySelector('h1')!.textContent);
  expect(['Claims on this page', 'Affirmations de cette page']).toContain(heading);
  await popup.close();
});
