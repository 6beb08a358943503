// Candidate retrieval and scoring for one sentence against one language index.
// Retrieval walks only the posting lists of the sentence's terms (never every claim). Two scores:
// - `rank` orders candidates: BM25 over the claim's pooled wordings, normalised by the sentence's own
//   best possible BM25, blended with the wording/sentence overlap F1 and phrase (bigram) overlap;
//   this is what the CheckThat! benchmark measures (docs/adr/0002-matcher-index.md).
// - `score` is what a highlight must clear (with the coverage gates in matcher.ts): coverage-weighted
//   overlap with the best single wording, phrase overlap, and bonuses for figures, claimant cue, key terms.
import type { Analysis } from './analyse.ts';
import { checkFigure, statedValues } from './figures.ts';
import type { LangIndex } from './lang-index.ts';

export interface Candidate {
  /** Index of the claim in the matcher's claim list. */
  readonly claim: number;
  /** Ordering score (relative: only comparable between candidates for one sentence). */
  readonly rank: number;
  /** Acceptance score, comparable across sentences. */
  readonly score: number;
  /** Share of the best wording's weight found in the sentence. */
  readonly coverage: number;
  /** Share of the sentence's weight that the wording explains. */
  readonly precision: number;
  /** Distinct matched terms, and those that are not entity names. */
  readonly matched: number;
  readonly informative: number;
  /** Figures of the claim the sentence states with the same value. */
  readonly figuresSupported: number;
  /** Values of those figures. */
  readonly supportedFigures: readonly number[];
  /** The sentence counts one of the claim's quantities with another value. */
  readonly figureConflict: boolean;
  /** For each such quantity: the claim's value and the sentence's (explains the conflict in plain words). */
  readonly otherFigures: readonly { readonly claimed: number; readonly said: readonly number[] }[];
  /** The best wording's terms found in the sentence. */
  readonly matchedTerms: readonly string[];
  /** The best wording was a clause of a claim wording, not a whole one. */
  readonly part: boolean;
  /** One of the claim's key terms (pack `terms`) is in the sentence. */
  readonly keyTerm: boolean;
  /** The claimant is named in the sentence or the one before. */
  readonly cue: boolean;
  /** Share of the best wording's word pairs (bigrams) found in the sentence. */
  readonly phrase: number;
  /** BM25 of the claim's pooled wordings, normalised by the sentence's own best possible BM25. */
  readonly bm25: number;
  /** Distinct terms of the sentence known to the index. */
  readonly sentenceTerms: number;
}

export interface RankOptions {
  /** How many candidates to return. */
  readonly limit: number;
  /** Entity ids mentioned just before the sentence (claimant named one sentence earlier). */
  readonly nearbyEntities?: ReadonlySet<string>;
  /** Claimant entity id per claim index, for the cue bonus. */
  readonly claimantOf?: (claim: number) => string;
}

// Acceptance score: coverage of the claim matters more than how much else the sentence says (F2).
const BETA2 = 4;
const PHRASE_WEIGHT = 0.2;
const FIGURE_BONUS = 0.1;
/** Figures of a claim a sentence must state exactly for another value of a further count not to refuse it (see below). */
const AGREEING_FIGURES = 2;
const CUE_BONUS = 0.05;
const KEY_TERM_BONUS = 0.05;
// Ranking blend, chosen on the CheckThat! dev split (see docs/benchmarks.md).
const K1 = 1.2;
const B = 0.75;
const RANK_BM25 = 0.7;
const RANK_F1 = 0.3;
const RANK_PHRASE = 0.1;
// Posting lists this short (or this share of the pack) may open candidates; see rank().
const MIN_OPEN_POSTINGS = 32;
const OPEN_POSTINGS_SHARE = 0.03;
// Candidates scored in full per sentence.
const SHORTLIST = 24;
const PAIR = 2 ** 21;

function fBeta(coverage: number, precision: number, beta2: number): number {
  if (coverage === 0 || precision === 0) return 0;
  return ((1 + beta2) * coverage * precision) / (beta2 * precision + coverage);
}

interface Best {
  claim: number;
  bm25: number;
  doc: number;
  coverage: number;
  precision: number;
  f1: number;
  /** Ranking score before phrase overlap and bonuses. */
  pre: number;
}

export class Ranker {
  readonly #index: LangIndex;
  readonly #acc: Float64Array;
  readonly #bm: Float64Array;
  readonly #bestDoc: Int32Array;
  readonly #bestF1: Float64Array;
  readonly #bestM: Float64Array;
  readonly #bestF2: Float64Array;

  constructor(index: LangIndex) {
    this.#index = index;
    const claims = index.claimLength.length;
    // Scratch arrays reused for every sentence (reset after use), so ranking allocates little.
    this.#acc = new Float64Array(index.docs.length);
    this.#bm = new Float64Array(claims);
    this.#bestDoc = new Int32Array(claims).fill(-1);
    this.#bestF1 = new Float64Array(claims);
    this.#bestM = new Float64Array(claims);
    this.#bestF2 = new Float64Array(claims);
  }

  rank(sentence: Analysis, options: RankOptions): Candidate[] {
    const index = this.#index;
    const known = new Map<number, number>();
    let sentenceWeight = 0;
    for (const term of sentence.terms) {
      const id = index.termIds.get(term);
      sentenceWeight += id === undefined ? index.unknownIdf : index.idf[id]!;
    }
    for (const term of sentence.seq) {
      const id = index.termIds.get(term);
      if (id !== undefined) known.set(id, (known.get(id) ?? 0) + 1);
    }
    if (known.size === 0) return [];

    // Rarest terms first. Only terms used by few claims may open new candidates; common ones
    // ("people", "year") only add to candidates already found, so the work per sentence stays
    // bounded as the pack grows. A claim sharing nothing but common words cannot be a match anyway.
    const terms = [...known.keys()].sort((a, b) => index.postings[a]!.length - index.postings[b]!.length);
    const openLimit = Math.max(MIN_OPEN_POSTINGS, Math.ceil(index.claimCount * OPEN_POSTINGS_SHARE));
    const acc = this.#acc;
    const bm = this.#bm;
    const touchedDocs: number[] = [];
    const touchedClaims: number[] = [];
    let bmMax = 0;
    for (const id of terms) {
      const w = index.idf[id]!;
      bmMax += w * (K1 + 1);
      const docs = index.postings[id]!;
      const open = docs.length <= openLimit;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        if (acc[doc] === 0) {
          if (!open) continue;
          touchedDocs.push(doc);
        }
        acc[doc]! += w;
      }
      const { claims, tf } = index.claimPostings[id]!;
      for (let i = 0; i < claims.length; i++) {
        const c = claims[i]!;
        if (bm[c] === 0) {
          if (!open) continue;
          touchedClaims.push(c);
        }
        bm[c]! += this.#bm25(w, tf[i]!, c);
      }
    }
    // Best wording per claim, in flat arrays: this loop runs for every touched wording.
    const bestDoc = this.#bestDoc;
    const bestF1 = this.#bestF1;
    const claimsSeen: number[] = [];
    for (const doc of touchedDocs) {
      const m = acc[doc]!;
      acc[doc] = 0;
      const d = index.docs[doc]!;
      // The wording that best satisfies acceptance (coverage-weighted F2) represents the claim.
      const f2 = fBeta(m / d.weight, m / sentenceWeight, BETA2);
      if (bestDoc[d.claim] === -1) claimsSeen.push(d.claim);
      else if (f2 <= this.#bestF2[d.claim]!) continue;
      bestDoc[d.claim] = doc;
      this.#bestF2[d.claim] = f2;
      bestF1[d.claim] = fBeta(m / d.weight, m / sentenceWeight, 1);
      this.#bestM[d.claim] = m;
    }
    // Keep the SHORTLIST best by pre-score without sorting every candidate.
    const limit = Math.max(SHORTLIST, options.limit * 2);
    const top: Best[] = [];
    for (const c of claimsSeen) {
      const pre = RANK_F1 * bestF1[c]! + (RANK_BM25 * bm[c]!) / bmMax;
      if (top.length < limit || pre > top[top.length - 1]!.pre) {
        const d = index.docs[bestDoc[c]!]!;
        const m = this.#bestM[c]!;
        const entry: Best = { claim: c, bm25: bm[c]! / bmMax, doc: bestDoc[c]!, coverage: m / d.weight, precision: m / sentenceWeight, f1: bestF1[c]!, pre };
        let at = top.length;
        while (at > 0 && top[at - 1]!.pre < pre) at--;
        top.splice(at, 0, entry);
        if (top.length > limit) top.pop();
      }
      bestDoc[c] = -1;
    }
    for (const c of touchedClaims) bm[c] = 0;

    const sentenceIds = new Set(known.keys());
    const sentencePairs = pairsOf(sentence.seq.map((t) => index.termIds.get(t) ?? -1));
    const out = top.map((best) => this.#score(sentence, best.claim, best, sentenceIds, sentencePairs, options));
    out.sort((a, b) => b.rank - a.rank || a.claim - b.claim);
    return out.slice(0, options.limit);
  }

  #bm25(idf: number, tf: number, claim: number): number {
    const index = this.#index;
    return (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * index.claimLength[claim]!) / index.averageClaimLength));
  }

  #score(sentence: Analysis, claim: number, best: Best, sentenceIds: ReadonlySet<number>, sentencePairs: ReadonlySet<number>, options: RankOptions): Candidate {
    const index = this.#index;
    const doc = index.docs[best.doc]!;
    let matched = 0;
    let informative = 0;
    const matchedTerms: string[] = [];
    for (const t of doc.terms) {
      if (!sentenceIds.has(t)) continue;
      matched++;
      matchedTerms.push(index.terms[t]!);
      if (!index.terms[t]!.startsWith('@') && index.nameTerms[t] !== 1) informative++;
    }
    const docPairs = pairsOf(doc.seq);
    let shared = 0;
    for (const p of docPairs) if (sentencePairs.has(p)) shared++;
    const phrase = docPairs.size === 0 ? 0 : shared / docPairs.size;

    const features = index.features.get(claim);
    let figuresSupported = 0;
    const supportedFigures: number[] = [];
    const otherFigures: { claimed: number; said: number[] }[] = [];
    for (const rule of features?.figures ?? []) {
      const verdict = checkFigure(sentence.tokens, rule);
      if (verdict === 'support' && rule.window) continue;
      if (verdict === 'support') {
        figuresSupported++;
        supportedFigures.push(rule.value);
      }
      else if (verdict === 'conflict') {
        // "206 targets" against the claim's 140 targets is no conflict when 206 is another of its own
        // figures ("127 sorties against 206 targets were planned; 82 sorties had already engaged 140").
        const said = statedValues(sentence.tokens, rule);
        if (!said.every((v) => features!.figures.some((other) => other !== rule && other.value === v))) otherFigures.push({ claimed: rule.value, said });
      }
    }
    // Another value for a counted quantity is another claim (another day's 94 targets against 60), unless
    // the sentence states two of the claim's figures exactly: two exact figures of one statement do not
    // recur by chance, and the other count is then a breakdown the claim records otherwise ("51 training
    // camps" beside the claim's "786 camps and bases", both in the General Staff's month of strikes).
    if (figuresSupported >= AGREEING_FIGURES) otherFigures.length = 0;
    const figureConflict = otherFigures.length > 0;
    let keyTerm = false;
    for (const t of features?.keyTerms ?? []) if (sentenceIds.has(t)) keyTerm = true;
    const claimant = options.claimantOf?.(claim);
    const cue = claimant !== undefined && (sentence.entities.has(claimant) || options.nearbyEntities?.has(claimant) === true);
    const bonus = FIGURE_BONUS * Math.min(2, figuresSupported) + (cue ? CUE_BONUS : 0) + (keyTerm ? KEY_TERM_BONUS : 0);

    const score = (1 - PHRASE_WEIGHT) * fBeta(best.coverage, best.precision, BETA2) + PHRASE_WEIGHT * phrase + bonus;
    const rank = best.pre + RANK_PHRASE * phrase + bonus;
    return {
      claim,
      rank: figureConflict ? 0 : rank,
      score: figureConflict ? 0 : score,
      coverage: best.coverage,
      precision: best.precision,
      matched,
      informative,
      figuresSupported,
      supportedFigures,
      figureConflict,
      otherFigures,
      matchedTerms,
      part: doc.part,
      keyTerm,
      cue,
      phrase,
      bm25: best.bm25,
      sentenceTerms: sentenceIds.size,
    };
  }
}

function pairsOf(seq: ArrayLike<number>): Set<number> {
  const pairs = new Set<number>();
  for (let i = 1; i < seq.length; i++) {
    const a = seq[i - 1]!;
    const b = seq[i]!;
    if (a >= 0 && b >= 0 && a !== b) pairs.add(a * PAIR + b);
  }
  return pairs;
}
