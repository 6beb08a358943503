import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher } from '../../../src/core/match/matcher.ts';
import { MODEL_MIN_CLAIMS } from '../../../src/core/match/acceptance.ts';
import { plainWords, RERANK_FEATURES, RERANK_MODEL, Reranker, type RerankModel } from '../../../src/core/match/rerank.ts';
import type { Claim } from '../../../src/core/pack/types.ts';
import { claims as miniClaims, entities as miniEntities } from './mini-pack.ts';

const claim = (id: string, en: string): Claim => ({ id, claimant: 'someone', date: '2020-01-01', text: { en }, evidence: [] });
const SHORT = claim('budget-short', 'The city budget grew by 20 percent last year.');
const LONG = claim('budget-long', 'The city budget grew by 20 percent last year, the mayor said in a long statement about taxes, schools, roads and parks.');
// Filler claims with words of their own, so that the index reaches the size where re-ranking applies.
const word = (i: number): string => [...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
const filler = Array.from({ length: MODEL_MIN_CLAIMS }, (_, i) => claim(`filler-${i}`, `Filler statement about zq${word(i)} xk${word(i)} vw${word(i)}.`));
const SENTENCE = 'The city budget grew by 20 percent last year.';

/** A model that weighs one feature only. */
function only(feature: (typeof RERANK_FEATURES)[number], weight: number): RerankModel {
  return { features: RERANK_FEATURES, weights: RERANK_FEATURES.map((f) => (f === feature ? weight : 0)), depth: 10 };
}
const order = (m: ReturnType<typeof createMatcher>, k = 2): string[] => m.rankClaims(SENTENCE, 'en', k).map((r) => r.claimId);

test('the model file names the features the code computes, in the same order', () => {
  assert.deepEqual(RERANK_MODEL.features, [...RERANK_FEATURES]);
  assert.equal(RERANK_MODEL.weights.length, RERANK_FEATURES.length);
  assert.ok(Number.isInteger(RERANK_MODEL.depth) && RERANK_MODEL.depth >= 5, 'depth covers at least the top 5 MAP@5 reads');
  const wordings = [SHORT, LONG].map((c) => c.text.en!);
  const rows = new Reranker(wordings, (i) => wordings[i]!).features(SENTENCE, createMatcher({ claims: [SHORT, LONG], entities: [], rerank: false }).rankClaims(SENTENCE, 'en', 2).map((r) => r.candidate));
  assert.equal(rows.length, 2);
  for (const row of rows) assert.equal(row.length, RERANK_FEATURES.length);
});

test('plain words keep stopwords and drop accents, unlike the matcher terms', () => {
  assert.deepEqual(plainWords("L'armée a frappé 60 cibles"), ['l', 'armee', 'a', 'frappe', '60', 'cibles']);
});

test('in a large index the order follows the weights: longer claim first when length weighs for it, shorter when against', () => {
  const claims = [...filler, SHORT, LONG];
  const before = order(createMatcher({ claims, entities: [], rerank: false }));
  assert.deepEqual(before, ['budget-short', 'budget-long'], 'the ranker puts the exact restatement first');
  assert.deepEqual(order(createMatcher({ claims, entities: [], rerank: only('length', 1) })), ['budget-long', 'budget-short']);
  assert.deepEqual(order(createMatcher({ claims, entities: [], rerank: only('length', -1) })), ['budget-short', 'budget-long']);
});

test('weights of zero keep the ranker order (ties keep it)', () => {
  const claims = [...filler, SHORT, LONG];
  const zero: RerankModel = { features: RERANK_FEATURES, weights: RERANK_FEATURES.map(() => 0), depth: 10 };
  assert.deepEqual(order(createMatcher({ claims, entities: [], rerank: zero })), order(createMatcher({ claims, entities: [], rerank: false })));
});

test('a small index keeps the ranker order whatever the model says (its reading model reads that order)', () => {
  const claims = [...filler.slice(0, 10), SHORT, LONG];
  assert.deepEqual(order(createMatcher({ claims, entities: [], rerank: only('length', 1) })), ['budget-short', 'budget-long']);
  const mini = (rerank: RerankModel | false) => createMatcher({ claims: miniClaims, entities: miniEntities, rerank }).rankClaims('Russian aircraft struck 60 terrorist targets in Syria in the past 24 hours.', 'en', 5).map((r) => r.claimId);
  assert.deepEqual(mini(only('length', 1)), mini(false));
});

test('re-ranking changes no highlight decision: the accepted flags are the ranker order\'s, claim by claim', () => {
  const claims = [...filler, SHORT, LONG];
  const flags = (rerank: RerankModel | false) => new Map(createMatcher({ claims, entities: [], rerank }).rankClaims(SENTENCE, 'en', 2).map((r) => [r.claimId, r.accepted]));
  assert.deepEqual(flags(only('length', 1)), flags(false));
});
