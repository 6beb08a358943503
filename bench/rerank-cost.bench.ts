// What re-ranking adds to rankClaims (docs/adr/0017-rerank-at-scale.md): the same 576 debate sentences
// as the speed bench, ranked top 5 with the ranker's order and re-ranked, at 1,000 and 19,250 claims
// (both at or above MODEL_MIN_CLAIMS, so both re-rank). Page matching (matchText) does not re-rank.
import { claimWording, Reranker } from '../src/core/match/rerank.ts';
import { createMatcher } from '../src/core/match/matcher.ts';
import { loadPolitiFact, transcriptSentences } from './corpus.ts';
import { printTable } from './metrics.ts';

const sentences = transcriptSentences().slice(0, 576);
const ROUNDS = 5;
const rows: (string | number)[][] = [];
for (const n of [1000, 19250]) {
  const data = loadPolitiFact(n);
  const plain = createMatcher({ claims: data.claims, entities: data.entities, rerank: false });
  const reranked = createMatcher({ claims: data.claims, entities: data.entities });
  // Build indexes (and the re-ranker's word counts) before timing.
  plain.rankClaims('warm up', 'en', 5);
  reranked.rankClaims('warm up', 'en', 5);
  const wordings = data.claims.map((c) => claimWording(c, 'en'));
  const t0 = performance.now();
  new Reranker(wordings, (i) => wordings[i]!);
  const dfMs = performance.now() - t0;
  const best = [Infinity, Infinity];
  for (let r = 0; r < ROUNDS; r++) {
    [plain, reranked].forEach((m, i) => {
      const t = performance.now();
      for (const s of sentences) m.rankClaims(s, 'en', 5);
      best[i] = Math.min(best[i]!, performance.now() - t);
    });
  }
  rows.push([n, sentences.length, best[0]! / sentences.length, best[1]! / sentences.length, best[1]! / best[0]!, dfMs]);
}
printTable(['claims', 'sentences', 'ranker order ms/sentence (best of 5)', 're-ranked ms/sentence', 'ratio', 'word counts build ms'], rows);
