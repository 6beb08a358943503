// Where the content script's time goes, on SHIPPED builds (minified, no profiling code): Chromium traces
// with V8's sampling profiler (`disabled-by-default-v8.cpu_profiler`) and V8's compile and GC events,
// taken while corpus pages load with the extension. Several builds can be compared in one run (one
// browser each, pages visited in turn, the order rotated), so their figures share the machine's load.
//
// Per build, summed over the pages and repetitions, CPU (thread time) of:
//   - our outermost trace events (bench/trace.ts's rule) by kind: the injection (EvaluateScript of
//     content.js), timers, idle callbacks, calls;
//   - inside them, V8's own work: compiling content.js, lazy compiles of functions on their first call,
//     garbage collection; the rest is running our code and the DOM calls it makes;
//   - the profiler's samples inside our events, by original source file and function (positions mapped
//     back through content.js.map), as shares: a sample says where the thread was, not for how long on CPU.
//
//   npx tsx bench/content-profile.ts [page ...]   (default: ars-1 bbc-1 cnn guardian-1 nytimes-1 yahoo-2;
//   a name starting with / is a path of bench/reader-server.ts, e.g. /generated/text-nodes-200000.html)
// Env: PROFILE_DISTS=.tmp/dist-a,.tmp/dist-b (default: RECOUPE_DIST or .tmp/dist-profile, built here
// unless PROFILE_SKIP_BUILD=1), PROFILE_REPEATS (default 1), PROFILE_SETTLE_MS (default 1500).
import { chromium, type BrowserContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { requireExecutable } from '../e2e/harness/browsers.ts';
import { startReaderServer } from './reader-server.ts';
import { pageThread, type TraceEvent } from './trace.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SETTLE_MS = Number(process.env.PROFILE_SETTLE_MS ?? 1500);
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
  'loading',
];
/** Events that run our code (the pages run none: CSP script-src 'none'); EvaluateScript only for our URL. */
const OURS = new Set(['FunctionCall', 'TimerFire', 'EvaluateScript', 'FireIdleCallback']);
const GC = /^(MajorGC|MinorGC|V8\.GC|BlinkGC|ThreadState::)/;
const COMPILE = /^(V8\.CompileCode|V8\.CompileLazy|V8\.ParseFunction|V8\.CompileIgnition)/;

interface CpuNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber: number; columnNumber: number };
}

interface Stats {
  pages: number;
  cpu: number;
  byKind: Map<string, number>;
  v8: Map<string, number>;
  samples: number;
  byFile: Map<string, number>;
  byFunction: Map<string, number>;
  perPage: Map<string, number[]>;
  longest: number;
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const cpuOf = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function top(m: Map<string, number>, n: number, total: number, unit: string): string {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${v.toFixed(2).padStart(8)} ${unit}  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
}

/** Outermost events of `names` nested in `outer` (and not in one another). */
function outermost(events: TraceEvent[], outer: TraceEvent, test: (e: TraceEvent) => boolean): TraceEvent[] {
  const found: TraceEvent[] = [];
  for (const e of events) {
    if (e === outer || e.ts < outer.ts || e.ts + (e.dur ?? 0) > outer.ts + outer.dur! || !test(e)) continue;
    const last = found[found.length - 1];
    if (last && e.ts < last.ts + last.dur!) continue;
    found.push(e);
  }
  return found;
}

function analyse(events: TraceEvent[], url: string, map: SourceMapConsumer, stats: Stats, page: string): void {
  const thread = pageThread(events, url);
  if (!thread) throw new Error(`no renderer main thread parsed ${url}`);
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const ours: TraceEvent[] = [];
  for (const e of own) {
    if (!OURS.has(e.name)) continue;
    if (e.name === 'EvaluateScript' && !JSON.stringify(e.args ?? {}).includes('chrome-extension://')) continue;
    const last = ours[ours.length - 1];
    if (last && e.ts < last.ts + last.dur!) continue;
    ours.push(e);
  }
  let pageCpu = 0;
  if (process.env.PROFILE_LONGEST) {
    for (const o of [...ours].sort((a, b) => cpuOf(b) - cpuOf(a)).slice(0, 3)) {
      const inner = own.filter((e) => e !== o && e.ts >= o.ts && e.ts + e.dur! <= o.ts + o.dur! && cpuOf(e) > 0.5).map((e) => `${e.name} ${cpuOf(e).toFixed(1)}`);
      console.log(`longest: ${o.name} ${cpuOf(o).toFixed(1)} ms CPU: ${inner.slice(0, 12).join(', ')}`);
    }
  }
  for (const o of ours) {
    const cpu = cpuOf(o);
    pageCpu += cpu;
    stats.longest = Math.max(stats.longest, cpu);
    add(stats.byKind, o.name === 'EvaluateScript' ? 'EvaluateScript (injection of content.js)' : o.name, cpu);
    let v8 = 0;
    for (const c of outermost(own, o, (e) => e.name === 'v8.compile')) {
      add(stats.v8, 'compile content.js (v8.compile in the injection)', cpuOf(c));
      v8 += cpuOf(c);
    }
    for (const c of outermost(own, o, (e) => COMPILE.test(e.name))) {
      if (own.some((p) => p.name === 'v8.compile' && c.ts >= p.ts && c.ts < p.ts + p.dur!)) continue;
      add(stats.v8, 'lazy compile of functions on first call (V8.CompileCode…)', cpuOf(c));
      v8 += cpuOf(c);
    }
    for (const c of outermost(own, o, (e) => GC.test(e.name))) {
      add(stats.v8, 'garbage collection (MajorGC, MinorGC, V8.GC*)', cpuOf(c));
      v8 += cpuOf(c);
    }
    add(stats.v8, 'the rest: running our code and its DOM and extension API calls', cpu - v8);
  }
  stats.cpu += pageCpu;
  stats.pages++;
  stats.perPage.set(page, [...(stats.perPage.get(page) ?? []), pageCpu]);

  // Profiler samples inside our events. The chunks come from the profiler's thread, tied to the main
  // thread's profile by id.
  const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid) as (TraceEvent & { id?: string }) | undefined;
  if (!profile) return;
  const nodes = new Map<number, CpuNode>();
  let ts = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
  const longestEvent = process.env.PROFILE_LONGEST ? [...ours].sort((a, b) => cpuOf(b) - cpuOf(a))[0] : undefined;
  const inside = longestEvent ? (t: number) => t >= longestEvent.ts && t <= longestEvent.ts + longestEvent.dur! : (t: number) => ours.some((o) => t >= o.ts && t <= o.ts + o.dur!);
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === thread.pid && (e as { id?: string }).id === profile.id)) {
    const data = chunk.args?.data as { cpuProfile?: { nodes?: CpuNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      ts += data.timeDeltas?.[i] ?? 0;
      if (!inside(ts)) continue;
      const leaf = nodes.get(samples[i]!);
      if (!leaf) continue;
      stats.samples++;
      let mine: CpuNode | undefined;
      for (let n: CpuNode | undefined = leaf; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
        if ((n.callFrame.url ?? '').endsWith('/content.js')) {
          mine = n;
          break;
        }
      }
      const leafName = leaf.callFrame.functionName || '(anonymous)';
      if (longestEvent) {
        const chain: string[] = [];
        for (let n: CpuNode | undefined = leaf; n && chain.length < 6; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
          const p = (n.callFrame.url ?? '').endsWith('/content.js') ? map.originalPositionFor({ line: n.callFrame.lineNumber + 1, column: n.callFrame.columnNumber }) : undefined;
          chain.push(p?.source ? `${p.source.split('/').pop()}:${p.line}` : n.callFrame.functionName || '?');
        }
        add(stats.byFunction, `[longest] ${chain.join(' < ')}`, 1);
      }
      if (!mine) {
        add(stats.byFile, `(no frame of ours) ${leafName}`, 1);
        add(stats.byFunction, `(no frame of ours) ${leafName}`, 1);
        continue;
      }
      const pos = map.originalPositionFor({ line: mine.callFrame.lineNumber + 1, column: mine.callFrame.columnNumber });
      const file = (pos.source ?? '?').replace(/^(\.\.\/)+/, '');
      const native = mine === leaf ? '' : ` → ${leafName}`;
      add(stats.byFile, file, 1);
      const where = pos.source ? `${file}:${pos.line ?? '?'}` : `content.js:${mine.callFrame.lineNumber + 1}:${mine.callFrame.columnNumber} (unmapped)`;
      add(stats.byFunction, `${where} ${pos.name ?? mine.callFrame.functionName ?? ''}${native}`, 1);
    }
  }
}

async function launch(ext: string): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: requireExecutable('chromium'),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return { context, dir };
}

async function traceLoad(context: BrowserContext, url: string): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  return events;
}

async function main(): Promise<void> {
  const dists = (process.env.PROFILE_DISTS ?? process.env.RECOUPE_DIST ?? '.tmp/dist-profile').split(',').map((d) => d.trim());
  if (!process.env.PROFILE_DISTS && process.env.PROFILE_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT, env: { ...process.env, RECOUPE_DIST: dists[0] }, stdio: 'pipe' });
  }
  const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['ars-1', 'bbc-1', 'cnn', 'guardian-1', 'nytimes-1', 'yahoo-2'];
  const repeats = Number(process.env.PROFILE_REPEATS ?? 1);
  const server = await startReaderServer();
  const builds = [];
  for (const dist of dists) {
    const ext = resolve(ROOT, dist, 'chrome');
    const map = new SourceMapConsumer(JSON.parse(readFileSync(join(ext, 'content.js.map'), 'utf8')) as RawSourceMap);
    const stats: Stats = { pages: 0, cpu: 0, byKind: new Map(), v8: new Map(), samples: 0, byFile: new Map(), byFunction: new Map(), perPage: new Map(), longest: 0 };
    builds.push({ dist, map, stats, ...(await launch(ext)) });
  }
  try {
    for (let r = 0; r < repeats; r++) {
      for (const [i, name] of pages.entries()) {
        // A name starting with "/" is a path of the reader server (e.g. /generated/text-nodes-200000.html).
        const url = server.url(name.startsWith('/') ? name : `/corpus/${name.endsWith('.html') ? name : `${name}.html`}`);
        for (let k = 0; k < builds.length; k++) {
          const b = builds[(i + r + k) % builds.length]!;
          analyse(await traceLoad(b.context, url), url, b.map, b.stats, name);
        }
      }
    }
  } finally {
    for (const b of builds) {
      await b.context.close();
      rmSync(b.dir, { recursive: true, force: true });
    }
    await server.close();
  }
  for (const { dist, stats } of builds) {
    const medians = [...stats.perPage.entries()].map(([page, cpus]) => `${page} ${median(cpus).toFixed(2)}`);
    console.log(`\n### ${dist}: ${pages.length} pages × ${repeats}, content-script CPU ${(stats.cpu / stats.pages).toFixed(2)} ms per load (mean), longest event ${stats.longest.toFixed(2)} ms`);
    console.log(`median per page (ms CPU): ${medians.join(', ')}\n`);
    console.log('our events by kind (CPU ms per load):');
    console.log(top(new Map([...stats.byKind].map(([k, v]) => [k, v / stats.pages])), 10, stats.cpu / stats.pages, 'ms'));
    console.log('\ninside them (CPU ms per load):');
    console.log(top(new Map([...stats.v8].map(([k, v]) => [k, v / stats.pages])), 10, stats.cpu / stats.pages, 'ms'));
    console.log(`\nprofiler samples inside our events (${stats.samples}), by source file of our innermost frame:`);
    console.log(top(stats.byFile, 20, stats.samples, 'samples'));
    console.log('\nby function (our innermost frame → the native function it was in):');
    console.log(top(stats.byFunction, 30, stats.samples, 'samples'));
  }
}

await main();
