// A stopped and restarted service worker (Chromium stops idle workers; it may also die mid-request):
// the tab's state comes back from storage.session, imported packs come back from IndexedDB, and a
// request cut off mid-way is reported in plain words. Both browsers: the harness stops Chromium's worker
// through the DevTools protocol, and Firefox's event page with Firefox's own terminateBackground() (what
// its idle timer and about:debugging call), run in the parent process over WebDriver BiDi.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './harness/test.ts';
import { readHighlights, waitForHighlights } from './harness/highlights.ts';
import type { DrivenPage } from './harness/driven-page.ts';

const CLAIMREVIEW = fileURLToPath(new URL('./fixtures/import/fictional-claimreview.json', import.meta.url));
const PACK_ID = 'fictional-claimreview';

test('after a worker restart the popup still shows the tab\'s claims and imported packs still match', async ({ ext, server }) => {
  const options = await ext.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-testid="import-file"]') !== null);
  await options.uploadFile('[data-testid="import-file"]', CLAIMREVIEW);
  await options.waitFor(() => document.querySelector('[data-testid="import-done"]') !== null);

  const page = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(page, 17);
  const found = new Set((await readHighlights(page)).map((h) => h.claim)).size;
  await ext.stopServiceWorkers!();

  // storage.session brings the tab's state back to the woken worker.
  await page.bringToFront();
  const popup = await ext.openExtensionPage('popup.html');
  await popup.waitFor((n: number) => Number(document.querySelector('[data-testid="scan-summary"]')?.getAttribute('data-found')) === n, found);
  await popup.close();

  // The woken worker reads the imported pack back from IndexedDB.
  await ext.stopServiceWorkers!();
  const imported = await ext.newPage(server.url('/imported-claim.html'));
  await imported.waitFor(() => document.querySelector('recoupe-mark[data-recoupe-claim^="exampleville-repaired-42-footbridges"]') !== null);
  await imported.close();
  await page.close();

  await options.evaluate((id: string) => (document.querySelector(`[data-pack-id="${id}"] [data-action="remove"]`) as HTMLElement).click(), PACK_ID);
  await options.waitFor((id: string) => document.querySelector(`[data-pack-id="${id}"] [data-action="confirm-remove"]`) !== null, PACK_ID);
  await options.evaluate((id: string) => (document.querySelector(`[data-pack-id="${id}"] [data-action="confirm-remove"]`) as HTMLElement).click(), PACK_ID);
  await options.waitFor(() => document.querySelector('[data-testid="no-imported"]') !== null);
  await options.close();
});

test('a worker stopped in the middle of an import gives a plain message, never a script error', async ({ ext }, testInfo) => {
  const claims = Array.from({ length: 8000 }, (_, i) => ({
    id: `c${i}`,
    claimant: 'someone',
    date: '2020-01-02',
    text: { en: `Exampleville fictional claim ${i} about ${i % 97} bridges` },
    evidence: [],
  }));
  const file = testInfo.outputPath('slow-import.json');
  const pack = { format: 'recoupe-pack/1', id: 'slow-import', name: { en: 'Slow import (fictional)' }, version: '1', entities: [{ id: 'someone', name: { en: 'Someone' }, kind: 'person' }], claims };
  writeFileSync(file, JSON.stringify(pack));
  const options = await ext.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-testid="import-file"]') !== null);
  await options.uploadFile('[data-testid="import-file"]', file);
  await options.waitFor(() => document.querySelector('[data-testid="import-busy"]') !== null);
  // A worker busy validating takes a while to die: ask again until it has.
  for (let attempt = 0; ; attempt++) {
    try {
      await ext.stopServiceWorkers!();
      break;
    } catch (error) {
      if (attempt >= 50) throw error;
    }
  }
  await options.waitFor(() => document.querySelector('[data-testid="import-done"], [data-testid="import-error"]') !== null, undefined, 60_000);
  const shown = await options.evaluate(() => document.querySelector('[data-testid="import-done"], [data-testid="import-error"]')!.textContent ?? '');
  expect(shown).not.toMatch(/Cannot read properties|undefined/);
  // Whatever happened, the list shows what is stored; clean up if the import got through.
  await options.waitFor(() => document.querySelector('[data-testid="no-imported"], [data-pack-id="slow-import"]') !== null);
  if (await options.evaluate(() => document.querySelector('[data-pack-id="slow-import"]') !== null)) {
    await options.evaluate(() => (document.querySelector('[data-pack-id="slow-import"] [data-action="remove"]') as HTMLElement).click());
    await options.waitFor(() => document.querySelector('[data-pack-id="slow-import"] [data-action="confirm-remove"]') !== null);
    await options.evaluate(() => (document.querySelector('[data-pack-id="slow-import"] [data-action="confirm-remove"]') as HTMLElement).click());
    await options.waitFor(() => document.querySelector('[data-testid="no-imported"]') !== null);
  }
  await options.close();
});

/** The index-cache record of one language, read from an extension page: its key and first bytes. */
function readIndexRecord(page: DrivenPage, lang: string): Promise<{ key: string; head: number[]; length: number } | null> {
  return page.evaluate(
    (l: string) =>
      new Promise<{ key: string; head: number[]; length: number } | null>((resolve, reject) => {
        const open = indexedDB.open('recoupe-index-cache', 1);
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => open.result.createObjectStore('indexes', { keyPath: 'lang' });
        open.onsuccess = () => {
          const get = open.result.transaction(['indexes'], 'readonly').objectStore('indexes').get(l);
          get.onsuccess = () => {
            const r = get.result as { key: string; data: Uint8Array } | undefined;
            open.result.close();
            resolve(r ? { key: r.key, head: [...r.data.subarray(0, 4)], length: r.data.length } : null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    lang,
  );
}

test('an imported pack\'s index is kept for the next worker start, and one corrupted in storage is built and stored again', async ({ ext, server }) => {
  const options = await ext.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-testid="import-file"]') !== null);
  await options.uploadFile('[data-testid="import-file"]', CLAIMREVIEW);
  await options.waitFor(() => document.querySelector('[data-testid="import-done"]') !== null);
  const highlighted = async () => {
    const page = await ext.newPage(server.url('/imported-claim.html'));
    await page.waitFor(() => document.querySelector('recoupe-mark[data-recoupe-claim^="exampleville-repaired-42-footbridges"]') !== null);
    await page.close();
  };
  await highlighted();
  // The English index is stored once built (after the answer): wait for it, as a condition.
  const RCPX = [0x52, 0x43, 0x50, 0x58];
  await expect.poll(async () => (await readIndexRecord(options, 'en'))?.head, { timeout: 20_000 }).toEqual(RCPX);
  const stored = (await readIndexRecord(options, 'en'))!;

  // Corrupted in storage (as a disk error or an older build could leave it): the next worker builds it.
  await options.evaluate(
    (key: string) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('recoupe-index-cache', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction(['indexes'], 'readwrite');
          tx.objectStore('indexes').put({ lang: 'en', key, data: new Uint8Array([0x52, 0x43, 0x50, 0x58, 1, 0, 0, 0, 9, 9]) });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    stored.key,
  );
  await ext.stopServiceWorkers!();
  await highlighted();
  await expect.poll(async () => (await readIndexRecord(options, 'en'))?.length, { timeout: 20_000 }).toBe(stored.length);
  expect((await readIndexRecord(options, 'en'))!.key).toBe(stored.key);

  await options.evaluate((id: string) => (document.querySelector(`[data-pack-id="${id}"] [data-action="remove"]`) as HTMLElement).click(), PACK_ID);
  await options.waitFor((id: string) => document.querySelector(`[data-pack-id="${id}"] [data-action="confirm-remove"]`) !== null, PACK_ID);
  await options.evaluate((id: string) => (document.querySelector(`[data-pack-id="${id}"] [data-action="confirm-remove"]`) as HTMLElement).click(), PACK_ID);
  await options.waitFor(() => document.querySelector('[data-testid="no-imported"]') !== null);
  await options.close();
});
