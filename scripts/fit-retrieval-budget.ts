// Learns the retrieval budget of src/core/match/candidates.ts (OPEN_PER_TERM, SCORED_PER_SENTENCE). Run:
//   npx tsx scripts/fit-retrieval-budget.ts
// Ranks the CheckThat! 2021-22 2B TRAIN queries (never dev or test) against the 19,250 PolitiFact claims,
// as bench/checkthat-2b.bench.ts ranks dev and test, with every budget of a grid and without any, and
// picks the cheapest budget whose MAP@5 is not below the unlimited one: fewest claims scored in full
// first (that is where the time goes: a claim scored costs about as much as 30 opened), then fewest
// opened. Dev and test figures are printed for the chosen budget only, as a check, never to choose.
import { analyse } from '../src/core/match/analyse.ts';
import { LanguageEngines } from '../src/core/match/engines.ts';
import { Ranker } from '../src/core/match/rank.ts';
import { loadPolitiFact, loadQueries, type Query } from '../bench/corpus.ts';
import { averagePrecisionAt, mean, printTable } from '../bench/metrics.ts';

const K = 5;
const OPEN = [16, 32, 64, 128, 256, 512, Infinity];
const SCORED = [24, 32, 48, 64, 96, 128, Infinity];

const data = loadPolitiFact();
const ids = data.claims.map((c) => c.id);
const engine = new LanguageEngines(data.claims, []).forLanguage('en')[0]!;
const splits = { train: loadQueries('train'), dev: loadQueries('dev'), test: loadQueries('test') };
const analysed = new Map(Object.values(splits).flat().map((q) => [q.text, analyse(q.text, 'en', engine.ctx)]));

interface Run {
  map: number;
  opened: number;
  scored: number;
}

function run(queries: readonly Query[], openPerTerm: number, scoredPerSentence: number): Run {
  const ranker = new Ranker(engine.index, { openPerTerm, scoredPerSentence });
  const ap: number[] = [];
  const opened: number[] = [];
  const scored: number[] = [];
  for (const q of queries) {
    const ranked = ranker.rank(analysed.get(q.text)!, { limit: K }).map((c) => ids[c.claim]!);
    ap.push(averagePrecisionAt(ranked, q.relevant, K));
    opened.push(ranker.lastRetrieval.opened);
    scored.push(ranker.lastRetrieval.scored);
  }
  return { map: mean(ap), opened: mean(opened), scored: mean(scored) };
}

const unlimited = run(splits.train, Infinity, Infinity);
console.log(`CheckThat! 2B train: ${splits.train.length} queries, ${data.claims.length} claims; unlimited MAP@5 ${unlimited.map.toFixed(4)}, ${unlimited.opened.toFixed(0)} claims opened and scored per query\n`);
const rows: (string | number)[][] = [];
let chosen: { open: number; scored: number; run: Run } | undefined;
for (const scored of SCORED) {
  for (const open of OPEN) {
    const r = run(splits.train, open, scored);
    rows.push([open, scored, r.map.toFixed(4), (r.map - unlimited.map).toFixed(4), r.opened, r.scored]);
    if (chosen === undefined && r.map >= unlimited.map - 1e-12) chosen = { open, scored, run: r };
  }
}
printTable(['open per term', 'scored per sentence', 'train MAP@5', 'vs unlimited', 'opened / query', 'scored / query'], rows);
if (!chosen) throw new Error('no budget keeps the unlimited MAP@5');
console.log(`\nchosen: OPEN_PER_TERM = ${chosen.open}, SCORED_PER_SENTENCE = ${chosen.scored} (train MAP@5 ${chosen.run.map.toFixed(4)})`);
const check: (string | number)[][] = [];
for (const split of ['dev', 'test'] as const) {
  const before = run(splits[split], Infinity, Infinity);
  const after = run(splits[split], chosen.open, chosen.scored);
  check.push([split, splits[split].length, before.map.toFixed(4), after.map.toFixed(4), after.opened, after.scored]);
}
printTable(['held out', 'queries', 'MAP@5 unlimited', 'MAP@5 chosen', 'opened / query', 'scored / query'], check);
