// Ranking quality on CheckThat! 2021-22 task 2B (debate sentence → PolitiFact claim): the matcher's
// ranking function beside a plain BM25 computed in the same run. Highlight thresholds play no part.
// At 19,250 claims rankClaims re-ranks the ranker's best candidates (docs/adr/0017-rerank-at-scale.md);
// the ranker's own order is measured beside it in the same run. Re-ranked twice: undated, and with the
// debate's date (read from the query id, bench/corpus.ts queryDate) as the page's publication date, as a
// dated page gives it (the claim's age at that date is a re-ranking feature).
import { analyse } from '../src/core/match/analyse.ts';
import { EntityLexicon } from '../src/core/match/entity-lexicon.ts';
import { createMatcher } from '../src/core/match/matcher.ts';
import { Bm25 } from './bm25.ts';
import { loadPolitiFact, loadQueries } from './corpus.ts';
import { averagePrecisionAt, mean, printTable, recallAt } from './metrics.ts';

const K = 5;
const data = loadPolitiFact();
const ids = data.claims.map((c) => c.id);

const t0 = performance.now();
const matcher = createMatcher({ claims: data.claims, entities: [] });
const buildMs = performance.now() - t0;
const rankerOnly = createMatcher({ claims: data.claims, entities: [], rerank: false });

// BM25 fed the matcher's own terms (same tokens, stems, stopwords), so only the scoring differs…
const lexicon = new EntityLexicon([], 'en');
const terms = (text: string): string[] => [...analyse(text, 'en', { lexicon }).seq];
const bm25Same = new Bm25(data.plain.map(terms));
// …and a BM25 on plain lower-case word tokens, as a textbook baseline would be.
const plainTokens = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const bm25Plain = new Bm25(data.plain.map(plainTokens));

type Ranker = (text: string, date: string | undefined) => string[];
const rankers: [string, Ranker][] = [
  ['matcher, ranker order', (text) => rankerOnly.rankClaims(text, 'en', K).map((r) => r.claimId)],
  ['matcher rankClaims (re-ranked), no date', (text) => matcher.rankClaims(text, 'en', K).map((r) => r.claimId)],
  ['matcher rankClaims (re-ranked), debate date', (text, date) => matcher.rankClaims(text, 'en', K, date !== undefined ? { page: { published: date } } : {}).map((r) => r.claimId)],
  ['BM25, matcher terms', (text) => bm25Same.search(terms(text), K).map((i) => ids[i]!)],
  ['BM25, plain tokens', (text) => bm25Plain.search(plainTokens(text), K).map((i) => ids[i]!)],
];

console.log(`CheckThat! 2021-22 task 2B: ${data.claims.length} PolitiFact claims (vclaim + headline), index built in ${buildMs.toFixed(0)} ms\n`);
const rows: (string | number)[][] = [];
for (const split of ['dev', 'test'] as const) {
  const queries = loadQueries(split);
  for (const [name, rank] of rankers) {
    const t = performance.now();
    const ranked = queries.map((q) => rank(q.text, q.date));
    const ms = (performance.now() - t) / queries.length;
    rows.push([
      split,
      queries.length,
      name,
      mean(queries.map((q, i) => averagePrecisionAt(ranked[i]!, q.relevant, 1))),
      mean(queries.map((q, i) => averagePrecisionAt(ranked[i]!, q.relevant, K))),
      mean(queries.map((q, i) => recallAt(ranked[i]!, q.relevant, K))),
      ms,
    ]);
  }
}
printTable(['split', 'queries', 'ranker', 'MAP@1', 'MAP@5', 'Recall@5', 'ms/query'], rows);
