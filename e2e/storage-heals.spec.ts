// Storage that heals (issue #13 items 2, 7, 10 and the import budgets): records written straight into the
// extension's IndexedDB (as a bug, an old version or a disk error could leave them) never stop the bundled
// pack, imports or the options page; they are listed apart with a "remove" button. Long error lists are
// capped, oversized packs refused in plain words.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './harness/test.ts';
import { readHighlights } from './harness/highlights.ts';
import type { DrivenPage } from './harness/driven-page.ts';
import type { ExtensionBrowser } from './harness/browsers.ts';

const CLAIMREVIEW = fileURLToPath(new URL('./fixtures/import/fictional-claimreview.json', import.meta.url));
const PACK_ID = 'fictional-claimreview';
const CONTROL_CLAIM = 'ru-mod-32-training-camps-24h';
const importedClaimIn = (claims: string[]) => claims.some((id) => id.startsWith('exampleville-repaired-42-footbridges'));

async function claimsOn(ext: ExtensionBrowser, url: string): Promise<string[]> {
  const page = await ext.newPage(url);
  await page.waitFor((id: string) => document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`) !== null, CONTROL_CLAIM);
  const claims = [...new Set((await readHighlights(page)).map((h) => h.claim))];
  await page.close();
  return claims;
}

async function openOptions(ext: ExtensionBrowser): Promise<DrivenPage> {
  const options = await ext.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-testid="total-claims"]') !== null);
  return options;
}

async function clickIn(page: DrivenPage, selector: string): Promise<void> {
  await page.waitFor((s: string) => document.querySelector(s) !== null, selector);
  await page.evaluate((s: string) => (document.querySelector(s) as HTMLElement).click(), selector);
}

/** Writes records straight into the extension's pack database, from one of its own pages. */
function writeRaw(page: DrivenPage, records: { store: 'meta' | 'packs'; value: unknown }[]): Promise<void> {
  return page.evaluate(
    (list: { store: string; value: unknown }[]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('recoupe-packs', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['meta', 'packs'], 'readwrite');
          for (const { store, value } of list) tx.objectStore(store).put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

const fictionalPack = (id: string, extra: Record<string, unknown> = {}) => ({
  format: 'recoupe-pack/1',
  id,
  name: { en: `Fictional ${id}` },
  version: '1',
  entities: [{ id: 'someone', name: { en: 'Someone' }, kind: 'person', ...extra }],
  claims: [{ id: 'c1', claimant: 'someone', date: '2020-01-02', text: { en: 'Exampleville built a fictional bridge' }, evidence: [] }],
});

test('damaged stored records are quarantined and removable; the bundled pack and imports keep working', async ({ ext, server }) => {
  const options = await openOptions(ext);
  const listing = { id: 'no-date', name: { en: 'Listing without importedAt' }, version: '1', claimCount: 1, enabled: true, fileName: 'x.json', format: 'recoupe-pack', size: 10 };
  await writeRaw(options, [
    // The record of issue #13 item 2: a listing without importedAt.
    { store: 'meta', value: listing },
    { store: 'packs', value: { id: 'no-date', pack: fictionalPack('no-date') } },
    // A valid listing whose body holds a javascript: URL, and one whose body is garbage.
    { store: 'meta', value: { ...listing, id: 'evil-url', name: { en: 'Evil URL' }, importedAt: '2024-01-01T00:00:00.000Z' } },
    { store: 'packs', value: { id: 'evil-url', pack: fictionalPack('evil-url', { url: 'javascript:alert(1)' }) } },
    { store: 'meta', value: { ...listing, id: 'garbage', name: { en: 'Garbage body' }, importedAt: '2024-01-01T00:00:00.000Z' } },
    { store: 'packs', value: { id: 'garbage', pack: 'not a pack' } },
  ]);
  await options.close();

  // An import still goes through (it lists the stored packs first), and rebuilds the index from storage.
  const fresh = await openOptions(ext);
  await fresh.uploadFile('[data-testid="import-file"]', CLAIMREVIEW);
  await fresh.waitFor(() => document.querySelector('[data-testid="import-done"]') !== null);
  await fresh.waitFor(() => document.querySelectorAll('[data-testid="broken-packs"] li').length === 3);
  const broken = await fresh.evaluate(() =>
    [...document.querySelectorAll('[data-testid="broken-packs"] li')].map((li) => [li.getAttribute('data-broken-key'), li.getAttribute('data-reason')]),
  );
  expect(broken.sort()).toEqual([['evil-url', 'pack-unreadable'], ['garbage', 'pack-unreadable'], ['no-date', 'listing-unreadable']]);
  // Quarantined packs are neither listed as imported nor counted as enabled.
  expect(await fresh.evaluate(() => [...document.querySelectorAll('[data-testid="imported-packs"] > li')].map((li) => li.getAttribute('data-pack-id')))).toEqual([PACK_ID]);

  // The bundled claim and the new import both highlight.
  const claims = await claimsOn(ext, server.url('/imported-claim.html'));
  expect(claims).toContain(CONTROL_CLAIM);
  expect(importedClaimIn(claims)).toBe(true);

  for (const key of ['no-date', 'evil-url', 'garbage']) await clickIn(fresh, `[data-broken-key="${key}"] [data-action="remove-broken"]`);
  await fresh.waitFor(() => document.querySelector('[data-testid="broken-packs"]') === null);
  await clickIn(fresh, `[data-pack-id="${PACK_ID}"] [data-action="remove"]`);
  await clickIn(fresh, `[data-pack-id="${PACK_ID}"] [data-action="confirm-remove"]`);
  await fresh.waitFor(() => document.querySelector('[data-testid="no-imported"]') !== null);
  await fresh.close();
});

test('a file with thousands of errors lists the first 100 and counts the rest', async ({ ext }, testInfo) => {
  const bad = fictionalPack('many-errors');
  const claims = Array.from({ length: 3000 }, (_, i) => ({ ...bad.claims[0], id: `c${i}`, date: 'never' }));
  const file = testInfo.outputPath('many-errors.json');
  writeFileSync(file, JSON.stringify({ ...bad, claims }));
  const options = await openOptions(ext);
  await options.uploadFile('[data-testid="import-file"]', file);
  await options.waitFor(() => document.querySelector('[data-testid="import-more-errors"]') !== null);
  expect(await options.evaluate(() => document.querySelectorAll('[data-testid="import-errors"] li').length)).toBe(100);
  expect(await options.evaluate(() => document.querySelector('[data-testid="import-more-errors"]')!.textContent)).toMatch(/2\s?900/);
  expect(await options.evaluate(() => document.querySelector('[data-testid="no-imported"]') !== null)).toBe(true);
  await options.close();
});

test('a pack with a megabyte-long entity name is refused with a plain reason', async ({ ext }, testInfo) => {
  const file = testInfo.outputPath('long-name.json');
  const pack = fictionalPack('long-name');
  writeFileSync(file, JSON.stringify({ ...pack, entities: [{ ...pack.entities[0], name: { en: 'x'.repeat(1_000_000) } }] }));
  const options = await openOptions(ext);
  await options.uploadFile('[data-testid="import-file"]', file);
  await options.waitFor(() => document.querySelector('[data-budget="name-chars"]') !== null);
  expect(await options.evaluate(() => document.querySelector('[data-budget="name-chars"]')!.textContent)).toContain('$.entities[0].name.en');
  expect(await options.evaluate(() => document.querySelector('[data-testid="no-imported"]') !== null)).toBe(true);
  await options.close();
});

test('a popup search longer than 500 characters still searches, with no error in the popup', async ({ ext }) => {
  const popup = await ext.openExtensionPage('popup.html');
  const errors: string[] = [];
  popup.onPageError((message) => errors.push(message));
  await popup.waitFor(() => document.querySelector('#search-input') !== null);
  await popup.evaluate(() => {
    const input = document.querySelector('#search-input') as HTMLInputElement;
    input.value = `Russie ${'frappes '.repeat(100)}`;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await popup.waitFor(() => document.querySelector('[data-testid="search-results"], .search .empty, [data-testid="search-error"]') !== null);
  expect(await popup.evaluate(() => document.querySelector('[data-testid="search-error"]'))).toBeNull();
  expect(errors).toEqual([]);
  await popup.close();
});
