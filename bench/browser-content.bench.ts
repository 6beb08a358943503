// Browser benchmarks of the content script, in real Chromium and Firefox, against baselines taken in the
// same run: main-thread time per page vs a bare TreeWalker text pass over the same page, the longest
// slice on the 1.6 MB page, navigation → first highlight on the demo article (Chromium: also with a
// stopped service worker), extra JS heap per tab (Chromium) and bundle sizes. Prints tables.
//
// Builds a profiling variant into .tmp/dist-bench (RECOUPE_PROFILE=1: the content script records its
// own slices in a data attribute); the shipped build has that code compiled out.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { launchWithExtension, requireExecutable, selectedBrowsers, type BrowserName } from '../e2e/harness/browsers.ts';
import type { DrivenPage } from '../e2e/harness/driven-page.ts';
import type { ContentProfile as Profile } from '../src/content/profile.ts';
import { startFixtureServer, type FixtureServer } from '../e2e/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH_DIST = '.tmp/dist-bench';
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'pages');
/** Warm bare passes timed together: browsers coarsen performance.now() (0.1 ms Chromium, 1 ms Firefox). */
const BASELINE_RUNS = 20;


interface PageRow {
  page: string;
  busyMs: number;
  /** The first bare pass over the page (as cold as it gets after our own scan). */
  coldMs: number;
  /** Average of BASELINE_RUNS warm bare passes. */
  baselineMs: number;
  longestMs: number;
  highlights: number;
}

function build(env: Record<string, string>): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function waitForProfile(page: DrivenPage): Promise<Profile> {
  await page.waitFor(() => document.documentElement.hasAttribute('data-recoupe-profile'), undefined, 120_000);
  return page.evaluate(() => JSON.parse(document.documentElement.getAttribute('data-recoupe-profile')!) as Profile);
}

/** The baseline: the cheapest possible look at the page's text, a TreeWalker over every text node. */
function bareTextPass(page: DrivenPage): Promise<{ cold: number; warm: number }> {
  // No named helpers inside: the function is serialised into the page, where tsx's __name shim is absent.
  return page.evaluate((runs: number) => {
    const times: number[] = [];
    let chars = 0;
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
      times.push(performance.now() - t0);
    }
    const [cold = 0, ...warm] = times;
    return { cold, warm: warm.reduce((a, b) => a + b, 0) / runs + (chars < 0 ? 1 : 0) };
  }, BASELINE_RUNS);
}

async function measurePages(name: BrowserName, server: FixtureServer, pages: string[]): Promise<PageRow[]> {
  const browser = await launchWithExtension(name);
  const rows: PageRow[] = [];
  try {
    for (const path of pages) {
      const page = await browser.newPage(server.url(path));
      const profile = await waitForProfile(page);
      const bare = await bareTextPass(page);
      rows.push({
        page: path.replace(/^\/(corpus\/)?/, ''),
        busyMs: profile.busyMs,
        coldMs: bare.cold,
        baselineMs: bare.warm,
        longestMs: profile.longestMs,
        highlights: profile.highlights,
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** Background marks (src/background/profile.ts) and the content script's, in ms after the page's navigation start. */
type Timeline = Record<string, number>;

/**
 * Navigation → first highlight on the demo article: the median of FIRST_HIGHLIGHT_WARM (5) loads after one
 * warm-up load, and the median of FIRST_HIGHLIGHT_COLD (3) loads each right after the background was
 * stopped (a cold worker must start, evaluate background.js and get its engine ready before it can answer).
 * In Chromium each stopped-worker load also reads the worker's own marks: `timelines` holds them.
 */
async function firstHighlight(name: BrowserName, server: FixtureServer): Promise<{ warm: number; cold?: number; timelines: Timeline[]; warmTimelines: Timeline[] }> {
  const browser = await launchWithExtension(name);
  const url = server.url('/demo-article.html');
  const warmLoads = Number(process.env.FIRST_HIGHLIGHT_WARM ?? 5);
  const coldLoads = Number(process.env.FIRST_HIGHLIGHT_COLD ?? 3);
  const load = async (timelines?: Timeline[], warmWorker = false) => {
    // A running worker keeps the marks of its start: clear them, so this load's own are recorded.
    if (timelines && warmWorker && browser.evaluateInBackground) await browser.evaluateInBackground(() => globalThis.__recoupeBackgroundProfile && (globalThis.__recoupeBackgroundProfile.marks = {}));
    const page = await browser.newPage(url);
    const profile = await waitForProfile(page);
    if (timelines && browser.evaluateInBackground) {
      const origin = await page.evaluate(() => performance.timeOrigin);
      const bg = await browser.evaluateInBackground(() => globalThis.__recoupeBackgroundProfile);
      const line: Timeline = { 'content-start': profile.startedAt, 'first-reply': profile.firstReplyAt, 'first-highlight': profile.firstHighlightAt };
      if (bg) {
        line['worker-origin'] = bg.timeOrigin - origin;
        for (const [mark, at] of Object.entries(bg.marks)) line[mark] = bg.timeOrigin + at - origin;
      }
      timelines.push(line);
    }
    await page.close();
    return profile.firstHighlightAt;
  };
  try {
    await load();
    const warm: number[] = [];
    const warmTimelines: Timeline[] = [];
    for (let i = 0; i < warmLoads; i++) warm.push(await load(warmTimelines, true));
    if (!browser.stopServiceWorkers) return { warm: median(warm), timelines: [], warmTimelines };
    const cold: number[] = [];
    const timelines: Timeline[] = [];
    for (let i = 0; i < coldLoads; i++) {
      await browser.stopServiceWorkers();
      cold.push(await load(timelines));
    }
    return { warm: median(warm), cold: median(cold), timelines, warmTimelines };
  } finally {
    await browser.close();
  }
}

/** Where a stopped worker's first highlight goes: medians over the loads of each mark and of each step between marks. */
function breakdown(timelines: readonly Timeline[]): string {
  if (timelines.length === 0 || timelines.every((t) => t['worker-origin'] === undefined)) return '(no background marks)';
  const at = (name: string) => median(timelines.map((t) => t[name] ?? NaN));
  const step = (from: string, to: string) => median(timelines.map((t) => (t[to] ?? NaN) - (t[from] ?? NaN)));
  const rows: [string, string, string][] = [
    ['worker created (its timeOrigin)', 'navigation', 'worker-origin'],
    ['… to background.js running', 'worker-origin', 'script-start'],
    ['parsing the bundled pack (JSON.parse)', 'pack-parse-start', 'pack-parsed'],
    ['evaluating the modules (pack included)', 'script-start', 'modules-evaluated'],
    ['rest of the top level', 'modules-evaluated', 'top-level-done'],
    ['… to imported packs read', 'top-level-done', 'imported-read'],
    ['merging, creating the matcher', 'imported-read', 'engine-built'],
    ['French engine ready + first match', 'engine-built', 'warm-fr'],
    ['English engine ready + first match', 'warm-fr', 'warm-en'],
    ['content script started', 'navigation', 'content-start'],
    ['page/match asked', 'navigation', 'match-asked'],
    ['… asked → engine ready', 'match-asked', 'match-engine-ready'],
    ['… engine ready → answered', 'match-engine-ready', 'match-answered'],
    ['first reply in the page', 'navigation', 'first-reply'],
    ['first highlight', 'navigation', 'first-highlight'],
  ];
  return table(
    ['step', 'from', 'to', 'median ms'],
    rows.filter(([, from, to]) => timelines.some((t) => t[to] !== undefined && (from === 'navigation' || t[from] !== undefined))).map(([label, from, to]) => [label, from, to, fmt(from === 'navigation' ? at(to) : step(from, to))]),
  );
}

/** Extra JS heap per tab in Chromium: the demo article's heap with the extension minus without, after GC. */
async function extraHeap(server: FixtureServer): Promise<{ withExt: number; without: number }> {
  const url = server.url('/demo-article.html');
  const heapOf = async (page: DrivenPage) => {
    const cdp = await page.cdp!();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  };
  const ext = await launchWithExtension('chromium');
  let withExt: number;
  try {
    const page = await ext.newPage(url);
    await waitForProfile(page);
    withExt = median([await heapOf(page), await heapOf(page), await heapOf(page)]);
  } finally {
    await ext.close();
  }
  const plain = await chromium.launch({ executablePath: requireExecutable('chromium'), headless: true });
  try {
    const page = await plain.newPage();
    await page.goto(url);
    const cdp = await page.context().newCDPSession(page);
    const sizes: number[] = [];
    for (let i = 0; i < 3; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      sizes.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
    }
    return { withExt, without: median(sizes) };
  } finally {
    await plain.close();
  }
}

function bundleSizes(): { file: string; bytes: number; gzip: number; target?: number }[] {
  const dir = join(ROOT, 'dist', 'chrome');
  const targets: Record<string, number> = { 'content.js': 80 * 1024, 'popup.js': 100 * 1024 };
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const bytes = statSync(join(dir, file)).size;
      return { file, bytes, gzip: gzipSync(readFileSync(join(dir, file))).length, ...(targets[file] !== undefined && { target: targets[file] }) };
    });
}

function table(headers: string[], rows: (string | number)[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => `| ${cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  build({}); // shipped build, for bundle sizes
  build({ RECOUPE_PROFILE: '1', RECOUPE_DIST: BENCH_DIST });
  process.env.RECOUPE_DIST = BENCH_DIST;
  const server = await startFixtureServer();
  const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
  const pages = ['/demo-article.html', ...corpus.map((f) => `/corpus/${f}`)];
  try {
    const onlyFirstHighlight = process.argv.includes('--first-highlight-only');
    for (const name of selectedBrowsers()) {
      if (onlyFirstHighlight) {
        // FIRST_HIGHLIGHT_BEFORE=<dist of another profiling build>: both measured in turn, ROUNDS times.
        const before = process.env.FIRST_HIGHLIGHT_BEFORE;
        const rounds = Number(process.env.FIRST_HIGHLIGHT_ROUNDS ?? 1);
        for (let round = 0; round < rounds; round++) {
          for (const dist of before ? [before, BENCH_DIST] : [BENCH_DIST]) {
            process.env.RECOUPE_DIST = dist;
            const first = await firstHighlight(name, server);
            console.log(`${name} ${dist} round ${round + 1}: first highlight warm ${fmt(first.warm)} ms${first.cold !== undefined ? `, cold worker ${fmt(first.cold)} ms` : ''}`);
            console.log(`\nwarm loads:\n${breakdown(first.warmTimelines)}\n`);
            if (first.timelines.length > 0) console.log(`stopped-worker loads:\n${breakdown(first.timelines)}\n`);
            if (process.env.FIRST_HIGHLIGHT_RAW === '1') console.log(JSON.stringify({ warm: first.warmTimelines, cold: first.timelines }));
          }
        }
        process.env.RECOUPE_DIST = BENCH_DIST;
        continue;
      }
      const rows = await measurePages(name, server, pages);
      const ratios = rows.map((r) => r.busyMs / Math.max(r.baselineMs, 0.01));
      console.log(`\n### Content script main-thread time per page — ${name} (target: ≤ 3× a bare TreeWalker pass)\n`);
      console.log(
        table(
          ['page', 'recoupe ms', 'bare pass ms (warm avg)', 'ratio', 'first bare pass ms', 'longest slice ms', 'highlights'],
          rows.map((r, i) => [r.page, fmt(r.busyMs), fmt(r.baselineMs, 3), fmt(ratios[i]!), fmt(r.coldMs, 1), fmt(r.longestMs), r.highlights]),
        ),
      );
      const total = rows.reduce((s, r) => s + r.busyMs, 0) / rows.reduce((s, r) => s + r.baselineMs, 0);
      const yahoo = rows.find((r) => r.page === 'yahoo-2.html');
      console.log(`\n${name}: median ratio ${fmt(median(ratios))}×, worst ${fmt(Math.max(...ratios))}×, summed over all pages ${fmt(total)}×`);
      console.log(`${name}: longest slice on yahoo-2.html ${fmt(yahoo?.longestMs ?? NaN)} ms (target < 50 ms)`);
      const first = await firstHighlight(name, server);
      console.log(
        `${name}: navigation → first highlight on the demo article: warm (median) ${fmt(first.warm)} ms` +
          (first.cold !== undefined ? `, service worker stopped first (median) ${fmt(first.cold)} ms` : ' (the event page cannot be stopped from outside)') +
          ' (target ≤ 300 ms)',
      );
    }
    if (onlyFirstHighlight) return;
    if (selectedBrowsers().includes('chromium')) {
      const heap = await extraHeap(server);
      console.log(
        `\nchromium: JS heap of the demo article tab ${fmt(heap.withExt / 1024 / 1024, 2)} MB with Recoupe, ${fmt(heap.without / 1024 / 1024, 2)} MB without: ` +
          `extra ${fmt((heap.withExt - heap.without) / 1024 / 1024, 2)} MB (target ≤ 2 MB)`,
      );
    }
    console.log('\n### Bundle sizes (minified, dist/chrome; the pack is inside background.js)\n');
    console.log(
      table(
        ['file', 'KB', 'gzip KB', 'target KB'],
        bundleSizes().map((b) => [b.file, fmt(b.bytes / 1024), fmt(b.gzip / 1024), b.target ? fmt(b.target / 1024, 0) : '—']),
      ),
    );
  } finally {
    await server.close();
  }
}

await main();
