// Index growth (issue #14 item 4, ADR 0015): where a sentence's retrieval work goes at 1k / 5k / 19,250
// PolitiFact claims, and the page cost of this tree's matcher beside another tree's (e.g. the commit
// before a change) measured in the same process, page runs interleaved, so both share the machine's load.
//
//   npx tsx bench/matcher-growth.ts                       (this tree only)
//   MATCHER_BASE=../wt-base npx tsx bench/matcher-growth.ts   (and a worktree of another commit)
// Env: RUNS (page runs per build and size, default 9).
// The page is bench/matcher-speed.bench.ts's: 10,013 words of CheckThat! test debate sentences, 116 blocks.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyse } from '../src/core/match/analyse.ts';
import { LanguageEngines } from '../src/core/match/engines.ts';
import { createMatcher, type Matcher } from '../src/core/match/matcher.ts';
import type { Claim, Entity } from '../src/core/pack/types.ts';
import { debatePage, loadPolitiFact } from './corpus.ts';
import { printTable } from './metrics.ts';

const RUNS = Number(process.env.RUNS ?? 9);
const { blocks, sentences, words } = debatePage(10_000);
const all = loadPolitiFact();
const sizes = [1000, 5000, all.claims.length];

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

// 1. Per sentence: terms known to the index, posting-list lengths, claims opened and scored in full.
const profile: (string | number)[][] = [];
for (const size of sizes) {
  const engine = new LanguageEngines(all.claims.slice(0, size), all.entities).forLanguage('en')[0]!;
  const index = engine.index;
  const opened: number[] = [];
  const scored: number[] = [];
  const read: number[] = [];
  const known: number[] = [];
  const claimPostings: number[] = [];
  const wordingPostings: number[] = [];
  for (const text of sentences) {
    const a = analyse(text, 'en', engine.ctx);
    const ids = [...new Set(a.seq.map((t) => index.termIds.get(t)).filter((id): id is number => id !== undefined))];
    known.push(ids.length);
    claimPostings.push(ids.reduce((sum, t) => sum + index.claimPostings[t]!.claims.length, 0));
    wordingPostings.push(ids.reduce((sum, t) => sum + index.postings[t]!.length, 0));
    engine.ranker.rank(a, { limit: 10 });
    opened.push(engine.ranker.lastRetrieval.opened);
    scored.push(engine.ranker.lastRetrieval.scored);
    read.push(engine.ranker.lastRetrieval.read);
  }
  profile.push([size, index.docs.length, mean(known), mean(wordingPostings), mean(claimPostings), mean(read), mean(opened), Math.max(...opened), mean(scored)]);
}
console.log(`page: ${words} words, ${blocks.length} blocks, ${sentences.length} sentences\n`);
// Before ADR 0015 the ranker walked both posting lists of every known term in full.
printTable(['claims', 'wordings', 'known terms / sentence', 'wording postings / sentence', 'claim postings / sentence', 'claim-list entries read / sentence', 'claims opened / sentence', 'most opened', 'claims scored in full / sentence'], profile);

// 2. Page cost, this tree and (optionally) another, interleaved.
type Create = (input: { claims: readonly Claim[]; entities: readonly Entity[] }) => Matcher;
const builds: [string, Create][] = [['this tree', createMatcher]];
if (process.env.MATCHER_BASE) {
  const base = resolve(process.env.MATCHER_BASE);
  const module = (await import(pathToFileURL(resolve(base, 'src/core/match/matcher.ts')).href)) as { createMatcher: Create };
  builds.unshift([`base (${process.env.MATCHER_BASE})`, module.createMatcher]);
}
const matchers = sizes.map((size) =>
  builds.map(([, create]) => {
    const m = create({ claims: all.claims.slice(0, size), entities: all.entities });
    m.matchText('The index is built on the first English page.', 'en');
    return m;
  }),
);
const wall = builds.map(() => sizes.map(() => [] as number[]));
const cpu = builds.map(() => sizes.map(() => [] as number[]));
const found = builds.map(() => sizes.map(() => 0));
for (let r = 0; r < RUNS; r++) {
  sizes.forEach((_size, s) => {
    const order = builds.map((_b, i) => i);
    if (r % 2 === 1) order.reverse();
    for (const b of order) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      let n = 0;
      for (const block of blocks) n += matchers[s]![b]!.matchText(block, 'en').length;
      wall[b]![s]!.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[b]![s]!.push((c.user + c.system) / 1000);
      found[b]![s] = n;
    }
  });
}
const rows: (string | number)[][] = [];
builds.forEach(([name], b) => {
  sizes.forEach((size, s) => {
    const w = wall[b]![s]!;
    const u = cpu[b]![s]!;
    rows.push([name, size, Math.min(...w), median(w), Math.min(...w) / Math.min(...wall[b]![0]!), median(w) / median(wall[b]![0]!), median(u), median(u) / median(cpu[b]![0]!), found[b]![s]!]);
  });
});
console.log(`\npage cost, ${RUNS} interleaved runs per build and size\n`);
printTable(['build', 'claims', 'page ms (best)', 'median ms', 'vs 1k (best)', 'vs 1k (median)', 'CPU ms (median)', 'CPU vs 1k (median)', 'matches'], rows);
