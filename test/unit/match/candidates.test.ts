// Bounded candidate generation (docs/adr/0015-bounded-retrieval.md): without limits it finds exactly what a
// walk of every posting list finds; with them, each term opens only the claims it weighs most in, common
// words never open a claim, and only the claims with the best BM25 are scored in full.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, type AnalyseContext } from '../../../src/core/match/analyse.ts';
import { CandidateGenerator, fBeta, K1 } from '../../../src/core/match/candidates.ts';
import { EntityLexicon } from '../../../src/core/match/entity-lexicon.ts';
import { LangIndex } from '../../../src/core/match/lang-index.ts';
import { Ranker } from '../../../src/core/match/rank.ts';
import { best } from '../../../src/core/match/select.ts';
import type { Claim } from '../../../src/core/pack/types.ts';

const ctx: AnalyseContext = { lexicon: new EntityLexicon([], 'en') };

// Made-up words (no stopword, no suffix the stemmer removes), used with Zipf-like frequencies so that
// some are common enough never to open candidates and most are rare.
const VOCABULARY = Array.from({ length: 160 }, (_v, i) => `${'bdfgklmnprtvz'[i % 13]}${'aeiou'[(i * 7) % 5]}${'bdfgklmnprtvz'[(i * 5) % 13]}${'aeiou'[(i * 3) % 5]}${'kmnprt'[i % 6]}`);

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function zipfWord(next: () => number): string {
  return VOCABULARY[Math.floor(VOCABULARY.length * next() ** 2.5)]!;
}

function syntheticClaims(n: number): Claim[] {
  const next = random(7);
  return Array.from({ length: n }, (_v, i) => {
    const words = Array.from({ length: 4 + Math.floor(next() * 9) }, () => zipfWord(next));
    return { id: `c${i}`, claimant: 'someone', date: '2020-01-01', text: { en: `${words.join(' ')}.` }, evidence: [] };
  });
}

const claims = syntheticClaims(600);
const index = LangIndex.build(claims, 'en', ctx);
const next = random(99);
const sentences = Array.from({ length: 60 }, () => Array.from({ length: 5 + Math.floor(next() * 10) }, () => zipfWord(next)).join(' '));

/** The sentence's distinct known terms, rarest first, and the idf of all its distinct terms. */
function sentenceTerms(text: string): { terms: number[]; weight: number } {
  const a = analyse(text, 'en', ctx);
  let weight = 0;
  for (const t of a.terms) {
    const id = index.termIds.get(t);
    weight += id === undefined ? index.unknownIdf : index.idf[id]!;
  }
  const terms = [...new Set(a.seq.map((t) => index.termIds.get(t)).filter((id): id is number => id !== undefined))];
  return { terms: terms.sort((x, y) => index.postings[x]!.length - index.postings[y]!.length), weight };
}

/** BM25 of claim c over the terms, from the term → claim lists. */
function bm25(c: number, terms: readonly number[]): number {
  let sum = 0;
  for (const t of terms) {
    const { claims: cs, tf } = index.claimPostings[t]!;
    const i = cs.indexOf(c);
    if (i < 0) continue;
    const norm = K1 * (1 - 0.75 + (0.75 * index.claimLength[c]!) / index.averageClaimLength);
    sum += (index.idf[t]! * tf[i]! * (K1 + 1)) / (tf[i]! + norm);
  }
  return sum;
}

/** Every claim with a wording that holds an opening term, scored as rank.ts describes: the reference. */
function exhaustive(terms: readonly number[], sentenceWeight: number, openLimit: number): Map<number, number> {
  const opening = new Set(terms.filter((t) => index.postings[t]!.length <= openLimit));
  const sentence = new Set(terms);
  let bmMax = 0;
  for (const t of terms) bmMax += index.idf[t]! * (K1 + 1);
  const best = new Map<number, { f2: number; f1: number }>();
  index.docs.forEach((doc) => {
    const held = [...doc.terms].filter((t) => sentence.has(t));
    if (!held.some((t) => opening.has(t))) return;
    const m = held.reduce((sum, t) => sum + index.idf[t]!, 0);
    const f2 = fBeta(m / doc.weight, m / sentenceWeight, 4);
    const seen = best.get(doc.claim);
    if (!seen || f2 > seen.f2) best.set(doc.claim, { f2, f1: fBeta(m / doc.weight, m / sentenceWeight, 1) });
  });
  return new Map([...best].map(([c, { f1 }]) => [c, 0.3 * f1 + (0.7 * bm25(c, terms)) / bmMax]));
}

describe('bounded candidate generation', () => {
  it('the synthetic pack has words too common to open candidates, and rare ones', () => {
    const generator = new CandidateGenerator(index);
    const lengths = index.postings.map((p) => p.length);
    assert.ok(lengths.some((n) => n > generator.openLimit));
    assert.ok(lengths.filter((n) => n <= generator.openLimit).length > 100);
  });

  it('without limits, shortlists exactly the claims and scores of walking every posting list', () => {
    const generator = new CandidateGenerator(index, { openPerTerm: Infinity, scoredPerSentence: Infinity });
    for (const text of sentences) {
      const { terms, weight } = sentenceTerms(text);
      const reference = [...exhaustive(terms, weight, generator.openLimit)].sort((a, b) => b[1] - a[1]);
      const got = generator.shortlist(terms, weight, 24);
      assert.equal(got.length, Math.min(24, reference.length), text);
      for (const [i, candidate] of got.entries()) assert.ok(Math.abs(candidate.pre - reference[i]![1]) < 1e-12, text);
      // The 24th score may be tied with others; above it, the same claims.
      const cut = got.at(-1)?.pre ?? 0;
      assert.deepEqual(new Set(got.filter((c) => c.pre > cut + 1e-12).map((c) => c.claim)), new Set(reference.filter(([, pre]) => pre > cut + 1e-12).map(([c]) => c)), text);
    }
  });

  it('a term opens only the claims it weighs most in: the term repeated, in a short claim, first', () => {
    const term = 'zorblax';
    const pack: Claim[] = [
      ...syntheticClaims(200),
      { id: 'long', claimant: 'x', date: '2020-01-01', text: { en: `${term} ${VOCABULARY.slice(0, 30).join(' ')}.` }, evidence: [] },
      { id: 'short', claimant: 'x', date: '2020-01-01', text: { en: `${term} ${VOCABULARY[40]}.` }, evidence: [] },
      { id: 'repeated', claimant: 'x', date: '2020-01-01', text: { en: `${term} ${VOCABULARY[41]} ${term} ${VOCABULARY[42]} ${term}.` }, evidence: [] },
      { id: 'medium', claimant: 'x', date: '2020-01-01', text: { en: `${term} ${VOCABULARY.slice(50, 58).join(' ')}.` }, evidence: [] },
    ];
    const small = LangIndex.build(pack, 'en', ctx);
    const a = analyse(`${term} happened`, 'en', ctx);
    const opened = (openPerTerm: number): string[] => new Ranker(small, { openPerTerm, scoredPerSentence: Infinity }).rank(a, { limit: 10 }).map((c) => pack[c.claim]!.id).sort();
    assert.deepEqual(opened(Infinity), ['long', 'medium', 'repeated', 'short']);
    assert.deepEqual(opened(2), ['repeated', 'short']);
    assert.deepEqual(opened(3), ['medium', 'repeated', 'short']);
  });

  it('opens at most openPerTerm claims per opening term, and common words open none', () => {
    const generator = new CandidateGenerator(index, { openPerTerm: 5, scoredPerSentence: Infinity });
    for (const text of sentences) {
      const { terms, weight } = sentenceTerms(text);
      const opening = terms.filter((t) => index.postings[t]!.length <= generator.openLimit);
      const got = generator.shortlist(terms, weight, 1000);
      assert.ok(generator.lastOpened <= 5 * opening.length, text);
      assert.equal(got.length, generator.lastOpened, text);
      const reachable = new Set(opening.flatMap((t) => [...index.claimPostings[t]!.claims]));
      for (const c of got) assert.ok(reachable.has(c.claim), `${text}: claim ${c.claim} opened by a common word`);
    }
  });

  it('a claim scored in full has its whole BM25, even from a term whose list stopped before it, and from common words looked up', () => {
    const generator = new CandidateGenerator(index, { openPerTerm: 3, scoredPerSentence: Infinity });
    let truncated = 0;
    for (const text of sentences) {
      const { terms, weight } = sentenceTerms(text);
      let bmMax = 0;
      for (const t of terms) bmMax += index.idf[t]! * (K1 + 1);
      truncated += terms.filter((t) => index.postings[t]!.length <= generator.openLimit && index.claimPostings[t]!.claims.length > 3).length;
      for (const c of generator.shortlist(terms, weight, 1000)) assert.ok(Math.abs(c.bm25 - bm25(c.claim, terms) / bmMax) < 1e-12, text);
    }
    assert.ok(truncated > 20);
    // With so few claims opened, common words' lists are read by lookups rather than walked: same BM25.
    assert.ok(generator.lookups > 0);
  });

  it('common words still add to the score of claims opened by a rare one', () => {
    const common = index.postings.findIndex((p) => p.length > new CandidateGenerator(index).openLimit);
    const rare = index.claimPostings.findIndex((p, t) => p.claims.length >= 2 && index.postings[t]!.length <= 32 && [...p.claims].some((c) => index.claimPostings[common]!.claims.includes(c)));
    const both = [...index.claimPostings[rare]!.claims].find((c) => index.claimPostings[common]!.claims.includes(c))!;
    const generator = new CandidateGenerator(index, { openPerTerm: Infinity, scoredPerSentence: Infinity });
    const terms = [rare, common];
    const weight = index.idf[rare]! + index.idf[common]!;
    const withCommon = generator.shortlist(terms, weight, 100).find((c) => c.claim === both)!;
    const alone = generator.shortlist([rare], weight, 100).find((c) => c.claim === both)!;
    assert.ok(withCommon.bm25 * (index.idf[rare]! + index.idf[common]!) > alone.bm25 * index.idf[rare]!);
  });

  it('scores in full only the claims with the best BM25, and never fewer than asked for', () => {
    const limited = new CandidateGenerator(index, { openPerTerm: Infinity, scoredPerSentence: 8 });
    for (const text of sentences) {
      const { terms, weight } = sentenceTerms(text);
      const opened = exhaustive(terms, weight, limited.openLimit);
      limited.shortlist(terms, weight, 4);
      assert.equal(limited.lastScored, Math.min(8, opened.size), text);
      const kept = limited.shortlist(terms, weight, 8);
      const bm = [...opened.keys()].map((c) => bm25(c, terms)).sort((a, b) => b - a);
      const cut = bm[Math.min(8, bm.length) - 1] ?? 0;
      for (const c of kept) assert.ok(bm25(c.claim, terms) >= cut - 1e-12, text);
      assert.equal(limited.shortlist(terms, weight, 12).length, Math.min(12, opened.size), text);
    }
  });

  it('keeps the n claims with the best BM25 in the order they were opened, the first opened among ties', () => {
    const bm = Float64Array.from([0, 0.5, 0.9, 0.5, 0.1, 0.5, 0.7]);
    const opened = [6, 1, 4, 3, 2, 5];
    assert.deepEqual(best(opened, bm, new Float64Array(opened.length), 3), [6, 1, 2]);
    assert.deepEqual(best(opened, bm, new Float64Array(opened.length), 4), [6, 1, 3, 2]);
    assert.deepEqual(best(opened, bm, new Float64Array(opened.length), 6), opened);
  });
});
