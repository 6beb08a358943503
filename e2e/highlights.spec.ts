import { readFileSync } from 'node:fs';
import { test, expect } from './harness/test.ts';
import { cardText, markPoint, readHighlights, waitForHighlights } from './harness/highlights.ts';

interface Expected {
  highlights: { startsWith: string; claims: string[] }[];
}
const expected = JSON.parse(readFileSync(new URL('./fixtures/demo-article.expected.json', import.meta.url), 'utf8')) as Expected;

test('highlights every claim sentence of the French demo article, with the right claim, and nothing else', async ({ ext, server }) => {
  const page = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(page, expected.highlights.length);
  const highlights = await readHighlights(page);
  for (const want of expected.highlights) {
    const found = highlights.find((h) => h.text.startsWith(want.startsWith));
    expect(found, `no highlight starts with "${want.startsWith}"`).toBeDefined();
    expect(want.claims).toContain(found!.claim);
  }
  const unexpected = highlights.filter((h) => !expected.highlights.some((w) => h.text.startsWith(w.startsWith)));
  expect(unexpected).toEqual([]);
  await page.close();
});

test('clicking the 60-targets highlight opens a card naming the Russian Ministry of Defence and the status', async ({ ext, server }, testInfo) => {
  const page = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(page, expected.highlights.length);
  const point = await markPoint(page, 'ru-mod-39-sorties-60-targets-24h');
  await page.click(point.x, point.y);
  await page.waitFor(() => document.querySelector('recoupe-card')?.shadowRoot?.querySelector('.card') != null);
  const text = (await cardText(page)) ?? '';
  expect(text).toMatch(/Russian Ministry of Defence|Ministère russe de la Défense/);
  expect(text).toMatch(/Unverified|Non vérifiée/);
  expect(text).toContain('60');
  // The card sits inside the viewport.
  const box = await page.evaluate(() => {
    const r = document.querySelector('recoupe-card')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, w: innerWidth, h: innerHeight };
  });
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(box.w);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(box.h);
  await page.screenshot(testInfo.outputPath(`card-${ext.name}.png`));
  // A click outside closes it.
  await page.click(5, 5);
  await page.waitFor(() => document.querySelector('recoupe-card') === null);
  await page.close();
});

test('the keyboard path: Tab reaches a highlight, Enter opens the card, Escape closes it and focus returns', async ({ ext, server }) => {
  const page = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(page, expected.highlights.length);
  // The first focusable element on the page is the first highlight (the headline).
  await page.press('Tab');
  await page.waitFor(() => document.activeElement?.tagName === 'RECOUPE-MARK');
  const label = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
  expect(label).toMatch(/Russian Ministry of Defence|Ministère russe de la Défense/);
  await page.press('Enter');
  await page.waitFor(() => document.querySelector('recoupe-card')?.shadowRoot?.activeElement != null);
  expect(await page.evaluate(() => document.activeElement!.tagName)).toBe('RECOUPE-CARD');
  await page.press('Escape');
  await page.waitFor(() => document.querySelector('recoupe-card') === null);
  expect(await page.evaluate(() => document.activeElement!.tagName)).toBe('RECOUPE-MARK');
  expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-expanded'))).toBe('false');
  await page.close();
});

test('pausing removes every highlight and restores the exact original text nodes', async ({ ext, server }) => {
  // The fixture records its own text nodes in an inline script, before the content script runs.
  const page = await ext.newPage(server.url('/restore-probe.html'));
  await waitForHighlights(page, 3);
  expect(await page.evaluate(() => document.querySelectorAll('recoupe-mark').length)).toBeGreaterThan(3);
  const popup = await ext.openExtensionPage('popup.html');
  // The page has reported its findings (the popup lists them) before the pause is asked for.
  await popup.waitFor(() => Number(document.querySelector('[data-testid="scan-summary"]')?.getAttribute('data-found')) >= 3);
  await popup.evaluate(() => (document.querySelector('[data-testid="pause-site"]') as HTMLElement).click());
  await page.waitFor(() => document.querySelector('recoupe-mark') === null);
  const same = await page.evaluate(() => {
    const before = (window as unknown as { before: { nodes: Text[]; data: string[]; html: string } }).before;
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    return {
      sameNodes: nodes.length === before.nodes.length && nodes.every((n, i) => n === before.nodes[i]),
      sameData: nodes.every((n, i) => n.data === before.data[i]),
      sameHtml: new XMLSerializer().serializeToString(document.body) === before.html,
    };
  });
  expect(same).toEqual({ sameNodes: true, sameData: true, sameHtml: true });
  // Resuming brings the highlights back; the pause is per site and persisted, so leave it resumed.
  await popup.evaluate(() => (document.querySelector('[data-testid="pause-site"]') as HTMLElement).click());
  await waitForHighlights(page, 3);
  await popup.close();
  await page.close();
});
