// Hostile pages: page CSS aimed at our elements, re-rendering pages, sentences split over many tags,
// editable regions, frames, pages that fake our elements and events, late content, a 1.6 MB page.
// Each must keep working, and no exception of ours may reach the page.
import type { TestInfo } from '@playwright/test';
import { test, expect } from './harness/test.ts';
import { markPoint, readHighlights, waitForHighlights } from './harness/highlights.ts';
import type { DrivenPage } from './harness/driven-page.ts';
import type { ExtensionBrowser } from './harness/browsers.ts';
import type { FixtureServer } from './server.ts';

const CAMPS = "Au total, 32 camps d'entraînement «terroristes» ont été détruits au cours des dernières 24 heures, ajoute-t-on.";
const CAMPS_ID = 'ru-mod-32-training-camps-24h';
const FAMILIES = 'Les combats ont poussé 2000 familles à fuir leurs habitations.';
const FAMILIES_ID = 'aleppo-fighting-2000-families-fled';
const SOHR = "Selon l'OSDH, depuis vendredi, 17 rebelles et 8 soldats syriens ont été tués.";
const SOHR_ID = 'sohr-17-rebels-8-soldiers-killed-since-friday';

interface Watched {
  page: DrivenPage;
  /** Uncaught page exceptions, and anything Recoupe logged (it logs only when something went wrong). */
  problems: string[];
}

/** Opens `path` with error collection in place before the page (and our content script) runs. */
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

/** Our card: the one <recoupe-card> with an open shadow root holding a .card dialog. */
function ourCardCount(page: DrivenPage): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('recoupe-card')].filter((c) => c.shadowRoot?.querySelector('.card[role="dialog"]')).length);
}

/** Resolves once the page has rendered two more frames (a condition the page reaches, not a fixed delay). */
function afterTwoFrames(page: DrivenPage): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

async function shot(page: DrivenPage, testInfo: TestInfo, name: string, ext: ExtensionBrowser): Promise<void> {
  await page.screenshot(testInfo.outputPath(`${name}-${ext.name}.png`));
}

test('page CSS aimed at everything and at our tags cannot hide the underline or the card', async ({ ext, server }, testInfo) => {
  const { page, problems } = await open(ext, server, '/hostile-css.html');
  await waitForHighlights(page, 2);
  const mark = await page.evaluate((id: string) => {
    const el = document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`)!;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return { line: style.textDecorationLine, display: style.display, visibility: style.visibility, opacity: style.opacity, width: rect.width, height: rect.height };
  }, CAMPS_ID);
  expect(mark.line).toContain('underline');
  expect(mark).toMatchObject({ display: 'inline', visibility: 'visible', opacity: '1' });
  expect(mark.width).toBeGreaterThan(0);
  const point = await markPoint(page, CAMPS_ID);
  await page.click(point.x, point.y);
  await page.waitFor(() => document.querySelector('recoupe-card')?.shadowRoot?.querySelector('.card') != null);
  const card = await page.evaluate(() => {
    const host = document.querySelector('recoupe-card')!;
    const style = getComputedStyle(host);
    const box = host.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      display: style.display,
      visibility: style.visibility,
      opacity: style.opacity,
      transform: style.transform,
      width: box.width,
      height: box.height,
      inViewport: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
      onTop: atCentre === host,
    };
  });
  await shot(page, testInfo, 'hostile-css-card', ext);
  expect(card).toMatchObject({ display: 'block', visibility: 'visible', opacity: '1', transform: 'none', inViewport: true, onTop: true });
  expect(card.width).toBeGreaterThan(200);
  expect(card.height).toBeGreaterThan(80);
  expect(problems).toEqual([]);
  await page.close();
});

test('a page that re-renders its article gets its highlights back, once each', async ({ ext, server }) => {
  const { page, problems } = await open(ext, server, '/hostile-rerender.html');
  await waitForHighlights(page, 3);
  const before = await readHighlights(page);
  expect(before.map((h) => h.claim).sort()).toEqual([FAMILIES_ID, CAMPS_ID, SOHR_ID].sort());
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => (window as unknown as { rerender(): number }).rerender());
    // The fresh copy has no marks at first; wait until all three come back.
    await page.waitFor(() => document.querySelectorAll('recoupe-mark[tabindex="0"]').length === 3 && document.querySelector('article recoupe-mark') !== null);
  }
  const after = await readHighlights(page);
  expect(after).toEqual(before);
  expect(await page.evaluate(() => document.querySelectorAll('recoupe-mark[tabindex="0"]').length)).toBe(3);
  expect(problems).toEqual([]);
  await page.close();
});

test('a page that rewrites a highlighted text node in place loses that highlight and keeps its own text', async ({ ext, server }) => {
  const { page, problems } = await open(ext, server, '/hostile-rerender.html');
  await waitForHighlights(page, 3);
  const replacement = 'Rien à signaler ce matin dans la région.';
  await page.evaluate((text: string) => (window as unknown as { setLiveText(t: string): void }).setLiveText(text), replacement);
  await page.waitFor((id: string) => document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`) === null, SOHR_ID);
  expect(await page.evaluate(() => document.getElementById('live')!.textContent)).toBe(replacement);
  // Writing the claim back brings its highlight back.
  await page.evaluate((text: string) => (window as unknown as { setLiveText(t: string): void }).setLiveText(text), SOHR);
  await page.waitFor((id: string) => document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`) !== null, SOHR_ID);
  expect((await readHighlights(page)).map((h) => h.claim).sort()).toEqual([FAMILIES_ID, CAMPS_ID, SOHR_ID].sort());
  expect(problems).toEqual([]);
  await page.close();
});

test('a sentence split word by word over many inline tags is highlighted as one sentence', async ({ ext, server }) => {
  const { page, problems } = await open(ext, server, '/hostile-split.html');
  await waitForHighlights(page, 1);
  expect((await readHighlights(page)).map((h) => h.claim)).toEqual([CAMPS_ID]);
  // From the start of the first mark to the end of the last: the whole sentence, spaces between tags included.
  const text = await page.evaluate(() => {
    const marks = document.querySelectorAll('#split recoupe-mark');
    const range = document.createRange();
    range.setStartBefore(marks[0]!);
    range.setEndAfter(marks[marks.length - 1]!);
    return range.toString().replace(/\s+/g, ' ');
  });
  expect(text).toBe(CAMPS);
  // One tab stop for the whole sentence, however many pieces it has.
  expect(await page.evaluate(() => document.querySelectorAll('#split recoupe-mark').length)).toBeGreaterThan(10);
  expect(await page.evaluate(() => document.querySelectorAll('#split recoupe-mark[tabindex="0"]').length)).toBe(1);
  expect(problems).toEqual([]);
  await page.close();
});

test('a claim inside an editable region is not highlighted; one outside it is', async ({ ext, server }) => {
  const { page, problems } = await open(ext, server, '/hostile-editable.html');
  await waitForHighlights(page, 1);
  // The popup shows this tab only once it has been scanned to the end.
  const popup = await ext.openExtensionPage('popup.html');
  await popup.waitFor(() => Number(document.querySelector('[data-testid="scan-summary"]')?.getAttribute('data-block-count')) > 0);
  await popup.close();
  expect((await readHighlights(page)).map((h) => h.claim)).toEqual([FAMILIES_ID]);
  expect(await page.evaluate(() => document.querySelector('#editor recoupe-mark, textarea recoupe-mark'))).toBeNull();
  expect(await page.evaluate(() => document.querySelector('#outside recoupe-mark') !== null)).toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});

test('frames: the top page is highlighted, nothing inside its iframes (all_frames is off)', async ({ ext, server }) => {
  const { page, problems } = await open(ext, server, '/hostile-iframe.html');
  await waitForHighlights(page, 1);
  await page.waitFor(() => {
    const frames = [...document.querySelectorAll('iframe')];
    return frames.every((f) => f.contentDocument?.readyState === 'complete' && (f.contentDocument.body?.textContent ?? '').length > 20);
  });
  const popup = await ext.openExtensionPage('popup.html');
  await popup.waitFor(() => Number(document.querySelector('[data-testid="scan-summary"]')?.getAttribute('data-block-count')) > 0);
  await popup.close();
  expect((await readHighlights(page)).map((h) => h.claim)).toEqual([FAMILIES_ID]);
  const inFrames = await page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.contentDocument!.querySelectorAll('recoupe-mark').length));
  expect(inFrames).toEqual([0, 0]);
  expect(problems).toEqual([]);
  await page.close();
});

test('a page that fakes our elements and events opens no card, and its fakes are not taken for ours', async ({ ext, server }, testInfo) => {
  const { page, problems } = await open(ext, server, '/hostile-fake.html');
  await page.waitFor((id: string) => document.querySelector(`#real recoupe-mark[data-recoupe-claim="${id}"]`) !== null, CAMPS_ID);
  // Synthetic clicks, pointer events, focus and Enter/Space on every mark, ours and the page's.
  await page.evaluate(() => (window as unknown as { attack(): number }).attack());
  // Our handlers run synchronously inside dispatchEvent and the card renders synchronously; two frames
  // more cover anything a wrongly-accepted event could have scheduled. A condition, not a fixed time.
  await afterTwoFrames(page);
  expect(await ourCardCount(page)).toBe(0);
  // A real click on the page's fake mark opens nothing either.
  const fake = await page.evaluate(() => {
    const r = document.getElementById('fake-mark')!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.click(fake.x, fake.y);
  await afterTwoFrames(page);
  expect(await ourCardCount(page)).toBe(0);
  // The page's own elements are left as they were.
  expect(await page.evaluate(() => document.getElementById('fake-card')?.textContent)).toBe('Carte factice de la page');
  expect(await page.evaluate(() => document.getElementById('fake-mark')?.textContent)).toBe('fausse marque');
  // Text the page later puts inside its own <recoupe-mark> is page text like any other.
  await page.evaluate(() => (window as unknown as { fillLater(): void }).fillLater());
  await page.waitFor((id: string) => document.querySelector(`#later recoupe-mark[data-recoupe-claim="${id}"]`) !== null, FAMILIES_ID);
  // And a real click on our real mark does open the card: the test above could fail.
  const point = await markPoint(page, CAMPS_ID);
  await page.click(point.x, point.y);
  await page.waitFor(() => [...document.querySelectorAll('recoupe-card')].some((c) => c.shadowRoot?.querySelector('.card') != null));
  expect(await ourCardCount(page)).toBe(1);
  await shot(page, testInfo, 'hostile-fake-card', ext);
  expect(problems).toEqual([]);
  await page.close();
});

test('sentences added after load are highlighted', async ({ ext, server }) => {
  const { page, problems } = await open(ext, server, '/hostile-append.html');
  await waitForHighlights(page, 1);
  await page.evaluate((text: string) => (window as unknown as { appendParagraph(t: string): void }).appendParagraph(text), FAMILIES);
  await page.waitFor((id: string) => document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`) !== null, FAMILIES_ID);
  await page.evaluate((text: string) => (window as unknown as { appendToParagraph(t: string): void }).appendToParagraph(text), SOHR);
  await page.waitFor((id: string) => document.querySelector(`#grows recoupe-mark[data-recoupe-claim="${id}"]`) !== null, SOHR_ID);
  expect((await readHighlights(page)).map((h) => h.claim).sort()).toEqual([FAMILIES_ID, CAMPS_ID, SOHR_ID].sort());
  expect(problems).toEqual([]);
  await page.close();
});

test('the 1.6 MB yahoo-2 page is scanned to the end, with no highlight and no page error', async ({ ext, server }, testInfo) => {
  test.setTimeout(90_000);
  const { page, problems } = await open(ext, server, '/corpus/yahoo-2.html');
  const popup = await ext.openExtensionPage('popup.html');
  await popup.waitFor(() => Number(document.querySelector('[data-testid="scan-summary"]')?.getAttribute('data-block-count')) > 0, undefined, 60_000);
  const summary = await popup.evaluate(() => {
    const el = document.querySelector('[data-testid="scan-summary"]')!;
    return { blocks: Number(el.getAttribute('data-block-count')), found: Number(el.getAttribute('data-found')) };
  });
  await popup.close();
  expect(summary.blocks).toBeGreaterThan(0);
  expect(summary.found).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('recoupe-mark').length)).toBe(0);
  await shot(page, testInfo, 'hostile-yahoo-2', ext);
  // The page's own scripts fail offline; only errors that name us would be ours.
  expect(problems.filter((p) => /recoupe|content\.js|moz-extension|chrome-extension/i.test(p))).toEqual([]);
  await page.close();
});
