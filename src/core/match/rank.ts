// Candidate scoring for one sentence against one language index. Candidates come from candidates.ts
// (bounded retrieval: the claims the sentence's rarer terms weigh most in, the best by BM25). Two scores:
// - `rank` orders candidates: BM25 over the claim's pooled wordings, normalised by the sentence's own
//   best possible BM25, blended with the wording/sentence overlap F1 and phrase (bigram) overlap;
//   this is what the CheckThat! benchmark measures (docs/adr/0002-matcher-index.md).
// - `score` is what a highlight must clear (with the coverage gates in matcher.ts): coverage-weighted
//   overlap with the best single wording, phrase overlap, and bonuses for figures, claimant cue, key terms.
import type { Analysis } from './analyse.ts';
import { checkFigure, statedValues } from './figures.ts';
import { CandidateGenerator, fBeta, type RetrievalBudget, type Shortlisted } from './candidates.ts';
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
// Phrase overlap's part of the ranking blend (chosen on the CheckThat! dev split, docs/benchmarks.md).
const RANK_PHRASE = 0.1;
// Candidates scored in full per sentence.
const SHORTLIST = 24;
const PAIR = 2 ** 21;


export class Ranker {
  readonly #index: LangIndex;
  readonly #candidates: CandidateGenerator;
  readonly #claimBonus: Float64Array;

  constructor(index: LangIndex, budget: RetrievalBudget = {}) {
    this.#index = index;
    this.#candidates = new CandidateGenerator(index, budget);
    // What figures and key terms can add to each claim's rank (see #score), for the pruning in rank().
    this.#claimBonus = new Float64Array(index.claimLength.length);
    for (const [claim, features] of index.features) {
      this.#claimBonus[claim] = FIGURE_BONUS * Math.min(2, features.figures.length) + (features.keyTerms.size > 0 ? KEY_TERM_BONUS : 0);
    }
  }

  /** Claims opened, claims scored in full and claim-list entries read, for the last sentence ranked (profiling and tests). */
  get lastRetrieval(): { readonly opened: number; readonly scored: number; readonly read: number } {
    return { opened: this.#candidates.lastOpened, scored: this.#candidates.lastScored, read: this.#candidates.lastRead };
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

    // Rarest terms first: among equal scores, claims reached through rarer terms come first.
    const terms = [...known.keys()].sort((a, b) => index.postings[a]!.length - index.postings[b]!.length);
    const top = this.#candidates.shortlist(terms, sentenceWeight, Math.max(SHORTLIST, options.limit * 2));

    const sentenceIds = new Set(known.keys());
    const sentencePairs = pairsOf(sentence.seq.map((t) => index.termIds.get(t) ?? -1));
    // Shortlisted candidates come best first by pre-score; phrase overlap and bonuses add at most
    // `mostAdded` and the claim's own figure and key-term bonuses to it. Once `limit` candidates rank
    // above what a further one could reach, it cannot be among those returned and is not scored (same
    // result, less work).
    const out: Candidate[] = [];
    const kept: number[] = [];
    const mostAdded = RANK_PHRASE + (options.claimantOf ? CUE_BONUS : 0);
    for (const best of top) {
      if (kept.length >= options.limit && best.pre + mostAdded + this.#claimBonus[best.claim]! < kept[options.limit - 1]!) continue;
      const candidate = this.#score(sentence, best.claim, best, sentenceIds, sentencePairs, options);
      out.push(candidate);
      let at = kept.length;
      while (at > 0 && kept[at - 1]! < candidate.rank) at--;
      kept.splice(at, 0, candidate.rank);
    }
    out.sort((a, b) => b.rank - a.rank || a.claim - b.claim);
    return out.slice(0, options.limit);
  }

  #score(sentence: Analysis, claim: number, best: Shortlisted, sentenceIds: ReadonlySet<number>, sentencePairs: ReadonlySet<number>, options: RankOptions): Candidate {
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
