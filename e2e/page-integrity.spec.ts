// Page integrity and availability under odd pages (issue #13 items 3, 4, 5, 6, 9 and the review items):
// pages that update text nodes in place keep exactly their own text, a giant block does not cancel the
// scan, changes under <body> do not rescan the page (the card stays open), a hostile lang is harmless,
// single-page-app navigation rescans the new view, and pack text cannot reorder the UI with bidi controls.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './harness/test.ts';
import { markPoint, readHighlights, waitForHighlights } from './harness/highlights.ts';
import type { DrivenPage } from './harness/driven-page.ts';
import type { ExtensionBrowser } from './harness/browsers.ts';
import { GENERATED_DIR, type FixtureServer } from './server.ts';

const CAMPS = "Au total, 32 camps d'entraînement «terroristes» ont été détruits au cours des dernières 24 heures, ajoute-t-on.";
const CAMPS_ID = 'ru-mod-32-training-camps-24h';
const FAMILIES = 'Les combats ont poussé 2000 familles à fuir leurs habitations.';
const FAMILIES_ID = 'aleppo-fighting-2000-families-fled';

interface Watched {
  page: DrivenPage;
  problems: string[];
}

async function open(ext: ExtensionBrowser, server: FixtureServer, path: string): Promise<Watched> {
  const page = await ext.newPage();
  const problems: string[] = [];
  page.onPageError((message) => problems.push(`page error: ${message}`));
  page.onConsole((type, text) => {
    if (/recoupe/i.test(text) && (type === 'warning' || type === 'warn' || type === 'error')) problems.push(`console ${type}: ${text}`);
  });
  await page.goto(server.url(path));
  return { page, problems };
}

const hasMark = (page: DrivenPage, claimId: string) =>
  page.waitFor((id: string) => document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`) !== null, claimId);

function generate(name: string, body: string): string {
  mkdirSync(GENERATED_DIR, { recursive: true });
  writeFileSync(join(GENERATED_DIR, name), body);
  return `/generated/${name}`;
}

test('a page that sets a highlighted text node\'s data in place shows exactly what it wrote', async ({ ext, server }) => {
  const { page, problems } = await open(ext, server, '/reliability-inplace.html');
  await waitForHighlights(page, 2);
  const written = 'Nouvelle version du paragraphe, sans affirmation.';
  await page.evaluate((text: string) => (window as unknown as { setInPlace(t: string): void }).setInPlace(text), written);
  // Once Recoupe has caught up, the paragraph holds the page's text and nothing else.
  await page.waitFor(
    (text: string) => document.getElementById('inplace')!.textContent === text && document.querySelector('#inplace recoupe-mark') === null,
    written,
  );
  expect((await readHighlights(page)).map((h) => h.claim)).toEqual([CAMPS_ID]);
  expect(problems).toEqual([]);
  await page.close();
});

test('a hidden block over 100,000 characters does not cancel the rest of the scan', async ({ ext, server }) => {
  const filler = 'Texte de remplissage sans affirmation. '.repeat(3300);
  const path = generate(
    'long-block.html',
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Long block</title><style>.gone{display:none}</style></head>` +
      `<body><div class="gone">${filler}</div><p>${CAMPS}</p></body></html>`,
  );
  const { page, problems } = await open(ext, server, path);
  await hasMark(page, CAMPS_ID);
  expect((await readHighlights(page)).map((h) => h.text)).toEqual([CAMPS]);
  expect(problems).toEqual([]);
  await page.close();
});

test('a long text/plain page is highlighted', async ({ ext, server }) => {
  const path = generate('long-plain.txt', `${'Texte de remplissage sans affirmation. '.repeat(3300)}\n\n${CAMPS}\n`);
  const { page, problems } = await open(ext, server, path);
  await hasMark(page, CAMPS_ID);
  expect(problems).toEqual([]);
  await page.close();
});

test('changes directly under <body> do not rescan the page: the card stays open and the marks stay', async ({ ext, server }) => {
  const { page, problems } = await open(ext, server, '/reliability-body-churn.html');
  await waitForHighlights(page, 2);
  await page.evaluate(() => {
    (window as unknown as { before: Element[] }).before = [...document.querySelectorAll('recoupe-mark')];
  });
  const point = await markPoint(page, CAMPS_ID);
  await page.click(point.x, point.y);
  await page.waitFor(() => document.querySelector('recoupe-card')?.shadowRoot?.querySelector('.card') != null);
  for (let i = 0; i < 5; i++) await page.evaluate(() => (window as unknown as { churn(): number }).churn());
  // A paragraph added under <body> after the churn: once it is highlighted, the watcher has handled the churn.
  await page.evaluate((text: string) => (window as unknown as { appendToBody(t: string): void }).appendToBody(text), FAMILIES);
  await page.waitFor((id: string) => document.querySelector(`#late recoupe-mark[data-recoupe-claim="${id}"]`) !== null, FAMILIES_ID);
  expect(await page.evaluate(() => (window as unknown as { before: Element[] }).before.every((m) => m.isConnected))).toBe(true);
  expect(await page.evaluate(() => document.querySelector('recoupe-card')?.shadowRoot?.querySelector('.card') != null)).toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});

test('<html lang="__proto__"> is treated as no language: the card still shows the claim', async ({ ext, server }) => {
  const { page, problems } = await open(ext, server, '/reliability-lang-proto.html');
  await hasMark(page, CAMPS_ID);
  const point = await markPoint(page, CAMPS_ID);
  await page.click(point.x, point.y);
  await page.waitFor(() => document.querySelector('recoupe-card')?.shadowRoot?.querySelector('.card') != null);
  const text = await page.evaluate(() => document.querySelector('recoupe-card')!.shadowRoot!.querySelector('.claim-text')?.textContent ?? '');
  expect(text.length).toBeGreaterThan(20);
  expect(problems).toEqual([]);
  await page.close();
});

test('single-page-app navigation rescans the new view, and going back rescans the old one', async ({ ext, server }) => {
  const { page, problems } = await open(ext, server, '/reliability-spa.html');
  await hasMark(page, CAMPS_ID);
  await page.evaluate(() => (window as unknown as { navigate(p: string): void }).navigate('/reliability-spa/familles'));
  await hasMark(page, FAMILIES_ID);
  expect((await readHighlights(page)).map((h) => h.claim)).toEqual([FAMILIES_ID]);
  // The popup reports the new view, not the old one.
  const popup = await ext.openExtensionPage('popup.html');
  await popup.close();
  await page.evaluate(() => history.back());
  await hasMark(page, CAMPS_ID);
  expect((await readHighlights(page)).map((h) => h.claim)).toEqual([CAMPS_ID]);
  expect(problems).toEqual([]);
  await page.close();
});

test('a bidi override in an imported name cannot reverse the text after it', async ({ ext, server }, testInfo) => {
  const source = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/import/fictional-claimreview.json', import.meta.url)), 'utf8')) as {
    itemReviewed: { author: { name: string } };
  };
  source.itemReviewed.author.name = 'Exampleville \u202Elicnuoc nwot (fictional)';
  const file = testInfo.outputPath('bidi-claimreview.json');
  writeFileSync(file, JSON.stringify(source));
  const options = await ext.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-testid="import-file"]') !== null);
  await options.uploadFile('[data-testid="import-file"]', file);
  await options.waitFor(() => document.querySelector('[data-testid="import-done"]') !== null);
  const packId = await options.evaluate(() => document.querySelector('[data-testid="import-done"]')!.getAttribute('data-imported-id')!);

  const { page } = await open(ext, server, '/imported-claim.html');
  await page.waitFor(() => document.querySelector('recoupe-mark[data-recoupe-claim^="exampleville"]') !== null);
  const label = await page.evaluate(() => document.querySelector('recoupe-mark[data-recoupe-claim^="exampleville"]')!.getAttribute('aria-label') ?? '');
  expect(label).toContain('Exampleville');
  expect(label).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  await page.close();

  await options.evaluate((id: string) => (document.querySelector(`[data-pack-id="${id}"] [data-action="remove"]`) as HTMLElement).click(), packId);
  await options.waitFor((id: string) => document.querySelector(`[data-pack-id="${id}"] [data-action="confirm-remove"]`) !== null, packId);
  await options.evaluate((id: string) => (document.querySelector(`[data-pack-id="${id}"] [data-action="confirm-remove"]`) as HTMLElement).click(), packId);
  await options.waitFor(() => document.querySelector('[data-testid="no-imported"]') !== null);
  await options.close();
});
