// Fits the re-ranking model of large indexes (src/core/match/rerank.ts) and writes its JSON. Run:
//   npx tsx scripts/fit-rerank-model.ts
// Data: CheckThat! 2021-22 2B, the matcher indexing the 19,250 PolitiFact claims as the benchmark does
// (bench/checkthat-2b.bench.ts). Weights are fitted on the TRAIN queries' qrels only; the depth (how many
// of the ranker's candidates are re-ordered), the loss and the L2 penalty are chosen by MAP@5 on DEV. The
// test queries are never read here: the benchmark reports them once the model is written.
// The age features (the claim's age at the page's date, docs/adr/0013-reading-model.md) read the debate's
// date as the page's (bench/corpus.ts queryDate): every train query is fitted twice, once with its
// debate's date and once undated, so both regimes are learned; the bucket edges are chosen on dev with the
// rest, by dev MAP@5 with dates (the undated figure is printed beside it).
import { writeFileSync } from 'node:fs';
import { createMatcher } from '../src/core/match/matcher.ts';
import { ageFeatures, claimWording, Reranker, RERANK_FEATURES } from '../src/core/match/rerank.ts';
import { loadPolitiFact, loadQueries, type Query } from '../bench/corpus.ts';
import { averagePrecisionAt, mean, printTable } from '../bench/metrics.ts';

/** Depths tried: the ranker's recall on dev grows from 0.52 at 10 to 0.59 at 50 (docs/adr/0017). */
const DEPTHS = [10, 20, 30, 50];
/** L2 penalties tried, on the summed log loss: from almost none to strong. */
const PENALTIES = [0.01, 1, 10];
const LOSSES = ['pairwise', 'pointwise'] as const;
/**
 * Age bucket edges tried (days; RerankModel.ageEdges): the prototype's 3 / 30 / 365 (ADR 0017), the
 * reading model's first edge 3 with 14 (ADR 0013), and narrower and wider variants.
 */
const EDGES: readonly (readonly [number, number, number])[] = [[3, 30, 365], [3, 14, 90], [1, 30, 365], [7, 90, 730], [3, 60, 730]];
const NEWTON_STEPS = 30;

const data = loadPolitiFact();
const matcher = createMatcher({ claims: data.claims, entities: [], rerank: false });
const wordings = data.claims.map((c) => claimWording(c, 'en'));
const reranker = new Reranker(wordings, (i) => wordings[i]!);
const train = loadQueries('train');
const dev = loadQueries('dev');

interface Listed {
  readonly q: Query;
  readonly ids: string[];
  /** The features before the age features (the same dated or not). */
  readonly base: number[][];
  /** Claim ages at the debate's date, per candidate. */
  readonly ages: (number | undefined)[];
}
function lists(queries: readonly Query[], depth: number): Listed[] {
  return queries.map((q) => {
    // Ranker order (rerank: false); the page's date changes no order, it gives each candidate's age.
    const ranked = matcher.rankClaims(q.text, 'en', depth, q.date !== undefined ? { page: { published: q.date } } : {});
    const base = reranker.features(q.text, ranked.map((r) => r.candidate)).map((row) => row.slice(0, AGE_AT));
    return { q, ids: ranked.map((r) => r.claimId), base, ages: ranked.map((r) => r.context.ageDays) };
  });
}
const AGE_AT = RERANK_FEATURES.indexOf('age-1');

interface Rows {
  readonly q: Query;
  readonly ids: string[];
  readonly x: number[][];
}
/** Feature rows with the age features of `edges`, dated (the debate's date as the page's) or undated. */
function rows(listed: readonly Listed[], edges: readonly [number, number, number], dated: boolean): Rows[] {
  return listed.map(({ q, ids, base, ages }) => ({ q, ids, x: base.map((row, i) => [...row, ...ageFeatures(dated ? ages[i] : undefined, edges)]) }));
}

const dot = (w: readonly number[], x: readonly number[]): number => x.reduce((s, v, i) => s + v * w[i]!, 0);
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** L2-penalised logistic regression by Newton's method; the last column is a bias when `bias`. */
function logistic(xs: readonly number[][], ys: readonly number[], l2: number, bias: boolean): number[] {
  const rows = bias ? xs.map((x) => [...x, 1]) : xs;
  const d = rows[0]!.length;
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const g = w.map((v, i) => (bias && i === d - 1 ? 0 : l2 * v));
    const h = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && !(bias && i === d - 1) ? l2 : 0)));
    rows.forEach((x, n) => {
      const p = sigmoid(dot(w, x));
      const r = p * (1 - p);
      for (let i = 0; i < d; i++) {
        const xi = x[i]!;
        if (xi === 0) continue;
        g[i]! += (p - ys[n]!) * xi;
        const hi = h[i]!;
        for (let j = i; j < d; j++) hi[j]! += r * xi * x[j]!;
      }
    });
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) h[i]![j] = h[j]![i]!;
    const delta = solve(h, g);
    for (let i = 0; i < d; i++) w[i]! -= delta[i]!;
  }
  return w;
}

/** Gaussian elimination with partial pivoting (the Hessian is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

function fit(listed: readonly Rows[], loss: (typeof LOSSES)[number], l2: number): number[] {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const { q, ids, x } of listed) {
    if (loss === 'pointwise') {
      ids.forEach((id, i) => {
        xs.push(x[i]!);
        ys.push(q.relevant.has(id) ? 1 : 0);
      });
      continue;
    }
    // Every (relevant, irrelevant) pair of one query, both ways round: the model learns to order them.
    ids.forEach((a, i) => {
      if (!q.relevant.has(a)) return;
      ids.forEach((b, j) => {
        if (q.relevant.has(b)) return;
        const diff = x[i]!.map((v, f) => v - x[j]![f]!);
        xs.push(diff, diff.map((v) => -v));
        ys.push(1, 0);
      });
    });
  }
  // Pointwise scores carry a bias, which orders nothing: it is dropped.
  return logistic(xs, ys, l2, loss === 'pointwise').slice(0, RERANK_FEATURES.length);
}

function map5(listed: readonly Rows[], w: readonly number[] | undefined): number {
  return mean(listed.map(({ q, ids, x }) => {
    const order = ids.map((id, i) => ({ id, i, s: w ? dot(w, x[i]!) : 0 })).sort((a, b) => b.s - a.s || a.i - b.i);
    return averagePrecisionAt(order.map((o) => o.id), q.relevant, 5);
  }));
}

const table: (string | number)[][] = [];
let best: { map: number; undated: number; depth: number; loss: string; l2: number; edges: readonly [number, number, number]; w: number[] } | undefined;
for (const depth of DEPTHS) {
  const t = lists(train, depth);
  const d = lists(dev, depth);
  table.push([depth, 'none (ranker order)', '', '', map5(rows(t, EDGES[0]!, false), undefined), map5(rows(d, EDGES[0]!, false), undefined), '']);
  for (const edges of EDGES) {
    // Every train query twice: with its debate's date and undated.
    const fitRows = [...rows(t, edges, true), ...rows(t, edges, false)];
    const devDated = rows(d, edges, true);
    const devUndated = rows(d, edges, false);
    for (const loss of LOSSES) {
      for (const l2 of PENALTIES) {
        const w = fit(fitRows, loss, l2);
        const devMap = map5(devDated, w);
        const undated = map5(devUndated, w);
        table.push([depth, loss, l2, edges.join('/'), map5(rows(t, edges, true), w), devMap, undated]);
        // Ties go to the earlier configuration (smaller depth, then the listed order).
        if (!best || devMap > best.map + 1e-9) best = { map: devMap, undated, depth, loss, l2, edges, w };
      }
    }
  }
}
console.log(`${train.length} train queries (fit, each dated and undated), ${dev.length} dev queries (choice)\n`);
printTable(['depth', 'loss', 'L2', 'age edges', 'train MAP@5 dated', 'dev MAP@5 dated', 'dev MAP@5 undated'], table);
console.log(`\nchosen on dev: depth ${best!.depth}, ${best!.loss}, L2 ${best!.l2}, age edges ${best!.edges.join('/')}: dev MAP@5 dated ${best!.map.toFixed(4)}, undated ${best!.undated.toFixed(4)}`);

const round = (n: number): number => Math.round(n * 1e4) / 1e4;
const out = {
  note: 'Written by scripts/fit-rerank-model.ts (CheckThat! 2B train qrels; depth, loss and L2 chosen on dev; never test). Do not edit by hand.',
  features: [...RERANK_FEATURES],
  weights: best!.w.map(round),
  depth: best!.depth,
  ageEdges: [...best!.edges],
  chosen: { loss: best!.loss, l2: best!.l2, devMap5Dated: round(best!.map), devMap5Undated: round(best!.undated) },
  fittedOn: { trainQueries: train.length, devQueries: dev.length, claims: data.claims.length },
};
writeFileSync(new URL('../src/core/match/rerank-model.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log(JSON.stringify(out, null, 2));
