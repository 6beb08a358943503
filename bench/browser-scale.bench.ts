// Scale in the browser: the 19,250 PolitiFact claims of the shared corpus, converted to a Fact Check Tools
// feed in .tmp/ (never committed), imported through the real options page; then the demo article and the
// 1.6 MB page are scanned with the big pack loaded, against the same pages with the bundled pack alone,
// in the same run. Prints a table per browser.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { launchWithExtension, selectedBrowsers, type BrowserName, type ExtensionBrowser } from '../e2e/harness/browsers.ts';
import type { DrivenPage } from '../e2e/harness/driven-page.ts';
import type { ContentProfile as Profile } from '../src/content/profile.ts';
import { startFixtureServer, type FixtureServer } from '../e2e/server.ts';
import { checkthatDir } from './corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH_DIST = '.tmp/dist-bench';
const FEED = join(ROOT, '.tmp', 'bench', 'politifact-factcheck-feed.json');
const PAGES = ['/demo-article.html', '/corpus/yahoo-2.html', '/corpus/nytimes-1.html', '/corpus/guardian-1.html'];


/** PolitiFact claims in the Fact Check Tools API shape, the way a user would load a real feed. */
function writeFeed(): number {
  const rows = readFileSync(join(checkthatDir, 'vclaims.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { vclaim: string; speaker: string; stated_on: string; title: string; url: string; truth_label: string });
  const claims = rows.map((r) => ({
    text: r.vclaim,
    claimant: r.speaker,
    claimDate: r.stated_on,
    claimReview: [
      { publisher: { name: 'PolitiFact', site: 'politifact.com' }, url: r.url, title: r.title, reviewDate: r.stated_on, textualRating: r.truth_label, languageCode: 'en' },
    ],
  }));
  mkdirSync(join(ROOT, '.tmp', 'bench'), { recursive: true });
  writeFileSync(FEED, JSON.stringify({ claims }));
  return claims.length;
}

async function profileOf(browser: ExtensionBrowser, server: FixtureServer, path: string): Promise<Profile> {
  const page = await browser.newPage(server.url(path));
  await page.waitFor(() => document.documentElement.hasAttribute('data-recoupe-profile'), undefined, 120_000);
  const profile = await page.evaluate(() => JSON.parse(document.documentElement.getAttribute('data-recoupe-profile')!) as Profile);
  await page.close();
  return profile;
}

async function importFeed(browser: ExtensionBrowser): Promise<{ ms: number; total: number }> {
  const options: DrivenPage = await browser.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-testid="total-claims"]') !== null);
  const started = Date.now();
  await options.uploadFile('[data-testid="import-file"]', FEED);
  await options.waitFor(
    () => document.querySelector('[data-testid="import-done"]') !== null || document.querySelector('[data-testid="import-error"]') !== null,
    undefined,
    300_000,
  );
  const ms = Date.now() - started;
  const error = await options.evaluate(() => document.querySelector('[data-testid="import-error"]')?.textContent ?? null);
  if (error) throw new Error(`import failed: ${error}`);
  await options.waitFor(() => Number(document.querySelector('[data-testid="total-claims"]')?.getAttribute('data-count')) > 10_000, undefined, 120_000);
  const total = await options.evaluate(() => Number(document.querySelector('[data-testid="total-claims"]')!.getAttribute('data-count')));
  await options.close();
  return { ms, total };
}

const fmt = (n: number) => n.toFixed(1);

/** Chromium: JS heap of a tab showing the demo article, after GC (content script and page together). */
async function tabHeapMb(browser: ExtensionBrowser, server: FixtureServer): Promise<number | undefined> {
  const page = await browser.newPage(server.url(PAGES[0]!));
  try {
    await page.waitFor(() => document.documentElement.hasAttribute('data-recoupe-profile'), undefined, 120_000);
    if (!page.cdp) return undefined;
    const cdp = await page.cdp();
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
  } finally {
    await page.close();
  }
}

async function run(name: BrowserName, server: FixtureServer): Promise<void> {
  const browser = await launchWithExtension(name);
  try {
    const before = new Map<string, Profile>();
    for (const path of PAGES) before.set(path, await profileOf(browser, server, path));
    const heapBefore = await tabHeapMb(browser, server);
    const imported = await importFeed(browser);
    // The first page after an import pays for compiling the merged pack; measure it apart.
    const firstAfter = await profileOf(browser, server, PAGES[0]!);
    const after = new Map<string, Profile>();
    for (const path of PAGES) after.set(path, await profileOf(browser, server, path));
    const heapAfter = await tabHeapMb(browser, server);
    console.log(`\n### ${name}: 19,250 PolitiFact claims imported through the options page\n`);
    console.log(`import (file chosen → stored, compiled): ${(imported.ms / 1000).toFixed(1)} s; database now ${imported.total} claims`);
    console.log(`first demo-article load after the import: first highlight at ${fmt(firstAfter.firstHighlightAt)} ms (index rebuilt by then)`);
    if (heapBefore !== undefined && heapAfter !== undefined) {
      console.log(`demo-article tab JS heap: ${heapBefore.toFixed(2)} MB with the bundled pack, ${heapAfter.toFixed(2)} MB with 20k claims imported`);
    }
    console.log('');
    console.log('| page | bundled only: main thread ms | with 20k: main thread ms | bundled: first highlight ms | 20k: first highlight ms | highlights bundled / 20k |');
    console.log('|---|---|---|---|---|---|');
    for (const path of PAGES) {
      const a = before.get(path)!;
      const b = after.get(path)!;
      const first = (p: Profile) => (p.firstHighlightAt < 0 ? '—' : fmt(p.firstHighlightAt));
      console.log(`| ${path.replace(/^\/(corpus\/)?/, '')} | ${fmt(a.busyMs)} | ${fmt(b.busyMs)} | ${first(a)} | ${first(b)} | ${a.highlights} / ${b.highlights} |`);
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const count = writeFeed();
  console.log(`feed: ${count} claims, ${(statSync(FEED).size / 1024 / 1024).toFixed(1)} MB (in .tmp/, not committed)`);
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: ROOT,
    env: { ...process.env, RECOUPE_PROFILE: '1', RECOUPE_DIST: BENCH_DIST },
    stdio: 'pipe',
  });
  process.env.RECOUPE_DIST = BENCH_DIST;
  const server = await startFixtureServer();
  try {
    for (const name of selectedBrowsers()) await run(name, server);
  } finally {
    await server.close();
  }
}

await main();
