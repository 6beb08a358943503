import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './harness/test.ts';
import { readHighlights, waitForHighlights } from './harness/highlights.ts';
import type { DrivenPage } from './harness/driven-page.ts';
import type { ExtensionBrowser } from './harness/browsers.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/import/${name}`, import.meta.url));
const CLAIMREVIEW = fixture('fictional-claimreview.json');
const BROKEN = fixture('broken-pack.json');
/** The pack id the import derives from the ClaimReview file's name. */
const PACK_ID = 'fictional-claimreview';
/** The bundled claim also stated on /imported-claim.html: once it is highlighted, the page has been scanned. */
const CONTROL_CLAIM = 'ru-mod-32-training-camps-24h';
const demoHighlights = (JSON.parse(readFileSync(new URL('./fixtures/demo-article.expected.json', import.meta.url), 'utf8')) as { highlights: unknown[] })
  .highlights.length;

/** Loads the fictional test page and returns the claims highlighted once its scan has finished. */
async function claimsHighlightedOnTestPage(ext: ExtensionBrowser, url: string): Promise<string[]> {
  const page = await ext.newPage(url);
  await page.waitFor((id: string) => document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`) !== null, CONTROL_CLAIM);
  const claims = [...new Set((await readHighlights(page)).map((h) => h.claim))];
  await page.close();
  return claims;
}

const importedClaimIn = (claims: string[]) => claims.some((id) => id.startsWith('exampleville-repaired-42-footbridges'));

async function openOptions(ext: ExtensionBrowser): Promise<DrivenPage> {
  const options = await ext.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-testid="total-claims"]') !== null);
  return options;
}

async function clickIn(page: DrivenPage, selector: string): Promise<void> {
  await page.waitFor((s: string) => document.querySelector(s) !== null, selector);
  await page.evaluate((s: string) => (document.querySelector(s) as HTMLElement).click(), selector);
}

async function importFile(options: DrivenPage, path: string): Promise<void> {
  await options.uploadFile('[data-testid="import-file"]', path);
}

async function removePack(options: DrivenPage, id: string): Promise<void> {
  await clickIn(options, `[data-pack-id="${id}"] [data-action="remove"]`);
  await clickIn(options, `[data-pack-id="${id}"] [data-action="confirm-remove"]`);
  await options.waitFor((i: string) => document.querySelector(`li[data-pack-id="${i}"]`) === null, id);
}

test('importing a ClaimReview file highlights its claim on pages loaded afterwards; disabling and enabling follow', async ({ ext, server }) => {
  const testPage = server.url('/imported-claim.html');
  expect(importedClaimIn(await claimsHighlightedOnTestPage(ext, testPage))).toBe(false);

  const options = await openOptions(ext);
  const totalBefore = await options.evaluate(() => Number(document.querySelector('[data-testid="total-claims"]')!.getAttribute('data-count')));
  await importFile(options, CLAIMREVIEW);
  await options.waitFor(() => document.querySelector('[data-testid="import-done"]') !== null);
  await options.waitFor((id: string) => document.querySelector(`[data-testid="imported-packs"] [data-pack-id="${id}"]`) !== null, PACK_ID);
  const row = await options.evaluate((id: string) => document.querySelector(`[data-pack-id="${id}"]`)!.textContent, PACK_ID);
  expect(row).toMatch(/fictional-claimreview/);
  expect(row).toMatch(/ClaimReview JSON-LD/);
  await options.waitFor((n: number) => document.querySelector('[data-testid="total-claims"]')?.getAttribute('data-count') === String(n), totalBefore + 1);

  expect(importedClaimIn(await claimsHighlightedOnTestPage(ext, testPage))).toBe(true);

  // The same file again: refused with a clear message, then replaced on request.
  await importFile(options, CLAIMREVIEW);
  await options.waitFor(() => document.querySelector('[data-testid="import-exists"]') !== null);
  await clickIn(options, '[data-action="replace"]');
  await options.waitFor(() => document.querySelector('[data-testid="import-done"]') !== null);
  expect(await options.evaluate(() => document.querySelectorAll('[data-testid="imported-packs"] > li').length)).toBe(1);

  await clickIn(options, `[data-pack-id="${PACK_ID}"] [data-action="toggle"]`);
  await options.waitFor((id: string) => document.querySelector(`[data-pack-id="${id}"]`)?.getAttribute('data-enabled') === 'false', PACK_ID);
  expect(importedClaimIn(await claimsHighlightedOnTestPage(ext, testPage))).toBe(false);

  await clickIn(options, `[data-pack-id="${PACK_ID}"] [data-action="toggle"]`);
  await options.waitFor((id: string) => document.querySelector(`[data-pack-id="${id}"]`)?.getAttribute('data-enabled') === 'true', PACK_ID);
  expect(importedClaimIn(await claimsHighlightedOnTestPage(ext, testPage))).toBe(true);

  await removePack(options, PACK_ID);
  await options.close();
});

test('a broken file lists every error with its JSON path, imports nothing, and the packs already there keep working', async ({ ext, server }) => {
  const options = await openOptions(ext);
  await importFile(options, CLAIMREVIEW);
  await options.waitFor(() => document.querySelector('[data-testid="import-done"]') !== null);
  const listBefore = await options.evaluate(() => document.querySelector('[data-testid="imported-packs"]')!.textContent);

  await importFile(options, BROKEN);
  await options.waitFor(() => document.querySelector('[data-testid="import-errors"]') !== null);
  const paths = await options.evaluate(() => [...document.querySelectorAll('[data-testid="import-errors"] li')].map((li) => li.getAttribute('data-path')));
  expect(paths).toEqual(['$.claims[0].date', '$.claims[0].claimant']);
  const shown = await options.evaluate(() => document.querySelector('[data-testid="import-errors"]')!.textContent ?? '');
  expect(shown).toContain('$.claims[0].date');
  expect(shown).toContain('2021-02-30');
  // Nothing half-stored: the list is what it was, and after a reload of the page too.
  expect(await options.evaluate(() => document.querySelector('[data-testid="imported-packs"]')!.textContent)).toBe(listBefore);
  await options.close();
  const reopened = await openOptions(ext);
  expect(await reopened.evaluate(() => document.querySelector('[data-pack-id="broken-fixture"]'))).toBeNull();

  // The bundled pack and the earlier import still match.
  const demo = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(demo, demoHighlights);
  await demo.close();
  expect(importedClaimIn(await claimsHighlightedOnTestPage(ext, server.url('/imported-claim.html')))).toBe(true);

  await removePack(reopened, PACK_ID);
  await reopened.close();
});

test('removing an imported pack stops its claim matching on the next page load; the options page works from the keyboard', async ({ ext, server }) => {
  const testPage = server.url('/imported-claim.html');
  const options = await openOptions(ext);
  await importFile(options, CLAIMREVIEW);
  await options.waitFor((id: string) => document.querySelector(`[data-pack-id="${id}"] [data-action="remove"]`) !== null, PACK_ID);
  expect(importedClaimIn(await claimsHighlightedOnTestPage(ext, testPage))).toBe(true);

  // Keyboard: focus Remove, Enter asks for confirmation (focus moves to "Yes, remove"), Enter confirms.
  await options.bringToFront();
  await options.evaluate((id: string) => (document.querySelector(`[data-pack-id="${id}"] [data-action="remove"]`) as HTMLElement).focus(), PACK_ID);
  await options.press('Enter');
  await options.waitFor(() => document.activeElement?.getAttribute('data-action') === 'confirm-remove');
  await options.press('Enter');
  await options.waitFor(() => document.querySelector('[data-testid="no-imported"]') !== null);

  expect(importedClaimIn(await claimsHighlightedOnTestPage(ext, testPage))).toBe(false);
  // Every control on the page has an accessible name.
  const unlabelled = await options.evaluate(() =>
    [...document.querySelectorAll('button, input')].filter((el) => {
      const input = el as HTMLInputElement;
      return !(input.labels?.length || el.textContent?.trim() || el.getAttribute('aria-label'));
    }).length,
  );
  expect(unlabelled).toBe(0);
  await options.close();
});
