// Candidate generation for one sentence, bounded as the pack grows (docs/adr/0015-bounded-retrieval.md).
// Two stages:
// 1. Opening: each sentence term rare enough to open candidates (ADR 0002's rule) opens at most
//    `openPerTerm` of its claims: those it weighs most in by BM25 (impact order: the term said often in a
//    short claim first). Every opened claim then gets its BM25 over all the sentence's terms from the
//    terms' claim lists; the common words' lists, and the rest of a list past the budget, only add to
//    claims already opened (walked, or looked up when fewer reads).
// 2. Scoring: the `scoredPerSentence` opened claims with the best BM25 are scored in full: their best
//    wording (coverage-weighted F2, then F1), read from the claim's own wordings. No wording-level
//    posting list is read.
// Candidates are bounded by `openPerTerm` × the sentence's terms and full scoring (the costly part) by
// `scoredPerSentence`, whatever the size of the pack. Without limits the candidates and their scores are
// exactly those of walking every posting list (test/unit/match/candidates.test.ts).
import type { LangIndex } from './lang-index.ts';
import { best, prefixSums, search } from './select.ts';

/**
 * Claims one term may open per sentence, and opened claims scored in full per sentence. Learned by
 * `scripts/fit-retrieval-budget.ts` on the CheckThat! 2B train queries against the 19,250 PolitiFact
 * claims (dev and test held out): the cheapest pair of its grid whose train MAP@5 is not below that of
 * the unlimited walk. In an index under ~1,000 claims no term may open more than 32 claims (ADR 0002's
 * rule), so only the scoring budget applies there.
 */
export const OPEN_PER_TERM = 128;
export const SCORED_PER_SENTENCE = 24;

export interface RetrievalBudget {
  readonly openPerTerm?: number;
  readonly scoredPerSentence?: number;
}

// Posting lists this short (or this share of the pack) may open candidates (ADR 0002).
const MIN_OPEN_POSTINGS = 32;
const OPEN_POSTINGS_SHARE = 0.03;
// BM25 parameters and the ranking blend (chosen on the CheckThat! dev split, docs/benchmarks.md).
export const K1 = 1.2;
const B = 0.75;
export const RANK_BM25 = 0.7;
export const RANK_F1 = 0.3;

/** A claim's first-stage scores, from its best wording. */
export interface Shortlisted {
  readonly claim: number;
  /** BM25 of the claim's pooled wordings over the sentence's own best possible BM25. */
  readonly bm25: number;
  /** The wording that best satisfies acceptance (coverage-weighted F2). */
  readonly doc: number;
  readonly coverage: number;
  readonly precision: number;
  readonly f1: number;
  /** Ranking score before phrase overlap and bonuses. */
  readonly pre: number;
}

export function fBeta(coverage: number, precision: number, beta2: number): number {
  if (coverage === 0 || precision === 0) return 0;
  return ((1 + beta2) * coverage * precision) / (beta2 * precision + coverage);
}

const BETA2 = 4;

export class CandidateGenerator {
  readonly #index: LangIndex;
  readonly openPerTerm: number;
  readonly scoredPerSentence: number;
  // Claim c's wordings are index.docs[docOf[k]] for k = claimDocStart[c] … claimDocStart[c + 1] - 1.
  readonly #claimDocStart: Int32Array;
  readonly #docOf: Int32Array;
  /** BM25's length normalisation per claim: K1 × (1 − B + B × length / average length). */
  readonly #norm: Float64Array;
  /** Per term whose claim list is longer than the budget, its opening list (computed on first use). */
  readonly #openings: (Int32Array | undefined)[];
  // Scratch reused for every sentence (reset after use, or stamped with the sentence's number).
  readonly #termWeight: Float64Array;
  readonly #termOpens: Uint8Array;
  readonly #openedIn: Int32Array;
  readonly #first: Float64Array;
  #values = new Float64Array(0);
  #sentence = 0;
  /** Claims opened, and claims scored in full, for the last sentence (profiling, tests, the fitting script). */
  lastOpened = 0;
  lastScored = 0;
  /** Claim-list entries read for the last sentence: walked, or probed by lookups (profiling and tests). */
  lastRead = 0;
  /** Common words' lists read by lookups rather than walked, since construction (profiling and tests). */
  lookups = 0;

  constructor(index: LangIndex, budget: RetrievalBudget = {}) {
    this.#index = index;
    this.openPerTerm = budget.openPerTerm ?? OPEN_PER_TERM;
    this.scoredPerSentence = budget.scoredPerSentence ?? SCORED_PER_SENTENCE;
    const claims = index.claimLength.length;
    const docs = index.docs;
    const docsPerClaim = new Int32Array(claims);
    for (const doc of docs) docsPerClaim[doc.claim]!++;
    this.#claimDocStart = prefixSums(docsPerClaim);
    this.#docOf = new Int32Array(docs.length);
    const next = this.#claimDocStart.slice(0, claims);
    for (let d = 0; d < docs.length; d++) this.#docOf[next[docs[d]!.claim]!++] = d;
    // A list read by lookups is searched by binary search.
    for (const { claims: cs } of index.claimPostings) {
      for (let i = 1; i < cs.length; i++) if (cs[i]! <= cs[i - 1]!) throw new Error('LangIndex: claim lists must be in ascending claim order');
    }
    this.#norm = Float64Array.from(index.claimLength, (len) => K1 * (1 - B + (B * len) / index.averageClaimLength));
    this.#openings = new Array<Int32Array | undefined>(index.terms.length).fill(undefined);
    this.#termWeight = new Float64Array(index.terms.length);
    this.#termOpens = new Uint8Array(index.terms.length);
    this.#openedIn = new Int32Array(claims);
    this.#first = new Float64Array(claims);
  }

  /** The longest posting list (in wordings) that may open candidates in this index. */
  get openLimit(): number {
    return Math.max(MIN_OPEN_POSTINGS, Math.ceil(this.#index.claimCount * OPEN_POSTINGS_SHARE));
  }

  /**
   * The `limit` best candidates by ranking score before phrase overlap and bonuses, best first.
   * `terms`: the sentence's distinct term ids known to the index, rarest first; `sentenceWeight`: the idf
   * of all its distinct terms, unknown ones included.
   */
  shortlist(terms: readonly number[], sentenceWeight: number, limit: number): Shortlisted[] {
    const index = this.#index;
    const weight = this.#termWeight;
    const opens = this.#termOpens;
    const openLimit = this.openLimit;
    let bmMax = 0;
    for (const t of terms) {
      weight[t] = index.idf[t]!;
      bmMax += index.idf[t]! * (K1 + 1);
      if (index.postings[t]!.length <= openLimit) opens[t] = 1;
    }
    // Stage 1: open candidates, then complete their BM25.
    const stamp = ++this.#sentence;
    const openedIn = this.#openedIn;
    const first = this.#first;
    const norm = this.#norm;
    const opened: number[] = [];
    let read = 0;
    for (const t of terms) {
      if (opens[t] === 0) continue;
      const w = weight[t]!;
      const { claims, tf } = index.claimPostings[t]!;
      if (claims.length > this.openPerTerm) {
        // Its first claims by impact open; its weight is added below, to every opened claim.
        const opening = this.#opening(t);
        read += opening.length;
        for (let i = 0; i < opening.length; i++) {
          const c = opening[i]!;
          if (openedIn[c] === stamp) continue;
          openedIn[c] = stamp;
          first[c] = 0;
          opened.push(c);
        }
        continue;
      }
      read += claims.length;
      for (let i = 0; i < claims.length; i++) {
        const c = claims[i]!;
        if (openedIn[c] !== stamp) {
          openedIn[c] = stamp;
          first[c] = 0;
          opened.push(c);
        }
        first[c]! += (w * tf[i]! * (K1 + 1)) / (tf[i]! + norm[c]!);
      }
    }
    for (const t of terms) {
      const { claims, tf } = index.claimPostings[t]!;
      if (opens[t] === 1 && claims.length <= this.openPerTerm) continue;
      // A common word, or an opening term past its budget, only adds to opened claims: walk its list, or
      // look each opened claim up in it when that reads less of it (few claims opened, a long list: as
      // the pack grows, the lookups win).
      const w = weight[t]!;
      const probes = opened.length * Math.log2(claims.length + 1);
      if (probes < claims.length) {
        read += probes;
        this.lookups++;
        for (const c of opened) {
          const i = search(claims, c);
          if (i >= 0) first[c]! += (w * tf[i]! * (K1 + 1)) / (tf[i]! + norm[c]!);
        }
        continue;
      }
      read += claims.length;
      for (let i = 0; i < claims.length; i++) {
        const c = claims[i]!;
        if (openedIn[c] === stamp) first[c]! += (w * tf[i]! * (K1 + 1)) / (tf[i]! + norm[c]!);
      }
    }
    this.lastOpened = opened.length;
    this.lastRead = read;
    // Never fewer than the caller keeps.
    const scoring = Math.max(this.scoredPerSentence, limit);
    const scored = opened.length <= scoring ? opened : best(opened, first, this.#selection(opened.length), scoring);
    this.lastScored = scored.length;
    const top = this.#score(scored, sentenceWeight, bmMax, limit);
    for (const t of terms) {
      weight[t] = 0;
      opens[t] = 0;
    }
    return top;
  }

  /** Scratch for the selection of the claims scored in full (grows with the most claims ever opened). */
  #selection(length: number): Float64Array {
    if (this.#values.length < length) this.#values = new Float64Array(Math.max(length, 2 * this.#values.length));
    return this.#values;
  }

  /** Stage 2: each claim's best wording, with its BM25 from stage 1; the `limit` best. */
  #score(claims: readonly number[], sentenceWeight: number, bmMax: number, limit: number): Shortlisted[] {
    const index = this.#index;
    const weight = this.#termWeight;
    const opens = this.#termOpens;
    const first = this.#first;
    const top: Shortlisted[] = [];
    for (const c of claims) {
      let bestDoc = -1;
      let bestF2 = 0;
      let bestM = 0;
      for (let k = this.#claimDocStart[c]!; k < this.#claimDocStart[c + 1]!; k++) {
        const d = this.#docOf[k]!;
        const docTerms = index.docs[d]!.terms;
        let m = 0;
        let reached = 0;
        for (let j = 0; j < docTerms.length; j++) {
          const t = docTerms[j]!;
          const w = weight[t]!;
          if (w === 0) continue;
          m += w;
          reached |= opens[t]!;
        }
        // As with a walk of the opening posting lists: a wording is a candidate only through an opening term.
        if (reached === 0) continue;
        const f2 = fBeta(m / index.docs[d]!.weight, m / sentenceWeight, BETA2);
        if (bestDoc !== -1 && f2 <= bestF2) continue;
        bestDoc = d;
        bestF2 = f2;
        bestM = m;
      }
      if (bestDoc === -1) continue;
      const bm = first[c]!;
      const coverage = bestM / index.docs[bestDoc]!.weight;
      const precision = bestM / sentenceWeight;
      const f1 = fBeta(coverage, precision, 1);
      const pre = RANK_F1 * f1 + (RANK_BM25 * bm) / bmMax;
      if (top.length >= limit && pre <= top[top.length - 1]!.pre) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.pre < pre) at--;
      top.splice(at, 0, { claim: c, bm25: bm / bmMax, doc: bestDoc, coverage, precision, f1, pre });
      if (top.length > limit) top.pop();
    }
    return top;
  }

  /** The `openPerTerm` claims term `t` weighs most in (ties by claim order), for a longer list. */
  #opening(t: number): Int32Array {
    let opening = this.#openings[t];
    if (opening === undefined) {
      const { claims, tf } = this.#index.claimPostings[t]!;
      // BM25's term weight without the idf (the same for every claim of the term).
      const impact = Float64Array.from(claims, (c, i) => tf[i]! / (tf[i]! + this.#norm[c]!));
      const order = Array.from(claims.keys()).sort((a, b) => impact[b]! - impact[a]! || claims[a]! - claims[b]!);
      opening = Int32Array.from(order.slice(0, this.openPerTerm), (i) => claims[i]!);
      this.#openings[t] = opening;
    }
    return opening;
  }
}
