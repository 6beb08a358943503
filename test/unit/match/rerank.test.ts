import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher } from '../../../src/core/match/matcher.ts';
import { MODEL_MIN_CLAIMS } from '../../../src/core/match/acceptance.ts';
import { ageFeatures, plainWords, RERANK_FEATURES, RERANK_MODEL, Reranker, type RerankModel } from '../../../src/core/match/rerank.ts';
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
  return { features: RERANK_FEATURES, weights: RERANK_FEATURES.map((f) => (f === feature ? weight : 0)), depth: 10, ageEdges: [3, 30, 365] };
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
  const [a, b, c] = RERANK_MODEL.ageEdges;
  assert.ok(a >= 0 && a < b && b < c, 'age bucket edges increase');
});

test('no page date gives the undated age features, a date its bucket', () => {
  const wordings = [SHORT, LONG].map((c) => c.text.en!);
  const reranker = new Reranker(wordings, (i) => wordings[i]!);
  const candidates = createMatcher({ claims: [SHORT, LONG], entities: [], rerank: false }).rankClaims(SENTENCE, 'en', 2).map((r) => r.candidate);
  const age = (row: number[]): number[] => row.slice(RERANK_FEATURES.indexOf('age-1'));
  for (const row of reranker.features(SENTENCE, candidates)) assert.deepEqual(age(row), [0, 0, 0, 0, 1]);
  for (const row of reranker.features(SENTENCE, candidates, [undefined, undefined])) assert.deepEqual(age(row), [0, 0, 0, 0, 1]);
  const edges = [3, 30, 365] as const;
  assert.deepEqual(ageFeatures(0, edges), [1, 0, 0, 0, 0]);
  assert.deepEqual(ageFeatures(-1, edges), [1, 0, 0, 0, 0], 'a day after the page is still near it (as the page-date conflict allows)');
  assert.deepEqual(ageFeatures(3, edges), [1, 0, 0, 0, 0]);
  assert.deepEqual(ageFeatures(4, edges), [0, 1, 0, 0, 0]);
  assert.deepEqual(ageFeatures(365, edges), [0, 0, 1, 0, 0]);
  assert.deepEqual(ageFeatures(366, edges), [0, 0, 0, 0, 0], 'older claims: no bucket');
  assert.deepEqual(ageFeatures(-2, edges), [0, 0, 0, 1, 0]);
});

test('with a dated page an older claim is ordered below when the weight says so; undated, the ranker order stays', () => {
  const old: Claim = { ...SHORT, date: '2010-05-01' };
  const recent: Claim = { ...LONG, date: '2020-01-01' };
  const claims = [...filler, old, recent];
  const rank = (rerank: RerankModel | false, published?: string): string[] => createMatcher({ claims, entities: [], rerank }).rankClaims(SENTENCE, 'en', 2, published ? { page: { published } } : {}).map((r) => r.claimId);
  assert.deepEqual(rank(false, '2020-01-02'), ['budget-short', 'budget-long'], 'the ranker puts the exact restatement first');
  assert.deepEqual(rank(only('age-1', 1), '2020-01-02'), ['budget-long', 'budget-short'], 'the claim a day old comes first');
  assert.deepEqual(rank(only('age-1', 1)), ['budget-short', 'budget-long'], 'no page date: every candidate undated, ties keep the ranker order');
  assert.deepEqual(rank(only('age-undated', 5)), ['budget-short', 'budget-long']);
  // The restatement made after the page: a page cannot report it, so a negative weight puts it below.
  const later = [...filler, { ...SHORT, date: '2020-01-01' }, { ...LONG, date: '2010-05-01' }];
  const rankLater = (rerank: RerankModel | false): string[] => createMatcher({ claims: later, entities: [], rerank }).rankClaims(SENTENCE, 'en', 2, { page: { published: '2015-01-01' } }).map((r) => r.claimId);
  assert.deepEqual(rankLater(false), ['budget-short', 'budget-long']);
  assert.deepEqual(rankLater(only('age-after', -1)), ['budget-long', 'budget-short']);
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
  const zero: RerankModel = { features: RERANK_FEATURES, weights: RERANK_FEATURES.map(() => 0), depth: 10, ageEdges: [3, 30, 365] };
  assert.deepEqual(order(createMatcher({ claims, entities: [], rerank: zero })), order(createMatcher({ claims, entities: [], rerank: false })));
});

test('a small index keeps the ranker order whatever the model says (its reading model reads that order)', () => {
  const claims = [...filler.slice(0, 10), SHORT, LONG];
  assert.deepEqual(order(createMatcher({ claims, entities: [], rerank: only('length', 1) })), ['budget-short', 'budget-long']);
  const mini = (rerank: RerankModel | false) => createMatcher({ claims: miniClaims, entities: miniEntities, rerank }).rankClaims('Russian aircraft struck 60 terrorist targets in Syria in the past 24 hours.', 'en', 5).map((r) => r.claimId);
  assert.deepEqual(mini(only('length', 1)), mini(false));
  const dated = (rerank: RerankModel | false) => createMatcher({ claims: [...filler.slice(0, 10), { ...SHORT, date: '2010-05-01' }, LONG], entities: [], rerank }).rankClaims(SENTENCE, 'en', 2, { page: { published: '2020-01-02' } }).map((r) => r.claimId);
  assert.deepEqual(dated(only('age-1', 1)), dated(false), 'a dated page changes no order in a small index');
});

test('re-ranking changes no highlight decision: the accepted flags are the ranker order\'s, claim by claim', () => {
  const claims = [...filler, SHORT, LONG];
  const flags = (rerank: RerankModel | false, published?: string) => new Map(createMatcher({ claims, entities: [], rerank }).rankClaims(SENTENCE, 'en', 2, published ? { page: { published } } : {}).map((r) => [r.claimId, r.accepted]));
  assert.deepEqual(flags(only('length', 1)), flags(false));
  assert.deepEqual(flags(only('age-1', -1), '2020-01-02'), flags(false, '2020-01-02'));
});
