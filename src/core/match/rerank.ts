// Re-ranking at scale: in a language index of MODEL_MIN_CLAIMS claims or more, the ranker's best
// candidates for a sentence are put in a new order by a linear model over what the ranker already measured
// (rank, scores, coverage, BM25, phrase overlap…) and a few surface measures of the claim's plain words
// (BM25 on unstemmed tokens with stopwords kept, character trigrams, word pairs, numbers, length).
// Weights in rerank-model.json, written by scripts/fit-rerank-model.ts (pairwise logistic on CheckThat! 2B
// train qrels; depth and penalty chosen on dev; never fitted or chosen on test). Small indexes keep the
// ranker's order: their reading model uses a candidate's position and was fitted on that order.
// See docs/adr/0017-rerank-at-scale.md.
import model from './rerank-model.json' with { type: 'json' };
import type { Claim } from '../pack/types.ts';
import type { Candidate } from './rank.ts';

export interface RerankModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  /** How many of the ranker's candidates are re-ordered (the rest follow in the ranker's order). */
  readonly depth: number;
  /**
   * Upper edges (days, inclusive) of the three age buckets 'age-1'..'age-3': the claim's age at the page's
   * publication date (page day − claim day) from −1 (a day after, as the page-date conflict allows) to
   * the first edge, then to the second, then to the third; older claims have all three at 0.
   */
  readonly ageEdges: readonly [number, number, number];
}

export const RERANK_FEATURES = [
  'rank', 'rank-vs-first', 'score', 'coverage', 'precision', 'bm25', 'phrase', 'matched', 'informative', 'clause',
  'position', 'first', 'plain-bm25-vs-best', 'plain-bm25', 'trigram-jaccard', 'trigram-containment', 'word-pairs',
  'numbers', 'length', 'age-1', 'age-2', 'age-3', 'age-after', 'age-undated',
] as const;
// Only measures that differ between the candidates of one sentence: a linear score orders candidates the
// same with or without anything the sentence alone decides (its length, whether it states a number).
// The age features read the page's publication date when it has one (PageContext.published, as the
// reading model does: docs/adr/0013-reading-model.md); 'age-undated' is 1 when the page or the claim has
// no date (then the other age features are 0).

export const RERANK_MODEL: RerankModel = { ...model, ageEdges: model.ageEdges as [number, number, number] };

if (RERANK_MODEL.features.join() !== RERANK_FEATURES.join() || RERANK_MODEL.weights.length !== RERANK_FEATURES.length || RERANK_MODEL.ageEdges.length !== 3) {
  // A model fitted on other features would silently mis-order: refuse to load.
  throw new Error('rerank-model.json was fitted on other features: run scripts/fit-rerank-model.ts');
}

// Okapi BM25 constants, the textbook values the matcher's own BM25 uses.
const K1 = 1.2;
const B = 0.75;
/** Caps as in the reading features (reading-features.ts): counts beyond these say nothing more. */
const MATCHED_CAP = 12;
const INFORMATIVE_CAP = 8;
/** Plain words of a claim's pooled wordings: 60 is above the 99th percentile of the 19,250 PolitiFact claims. */
const LENGTH_CAP = 60;

/** Lower-case words, diacritics removed, stopwords kept: what a reader sees, not what the matcher stems. */
export function plainWords(text: string): string[] {
  // ASCII text (most English wordings) needs neither normalisation nor Unicode classes.
  if (ASCII.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
const ASCII = /^[ -~\t\n\r]*$/;

function numbersOf(text: string): Set<string> {
  return new Set(text.replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1').match(/\d+(?:[.,]\d+)?/g) ?? []);
}

/**
 * Character trigrams of the words joined by spaces (padded), each as a small integer: space, digits and
 * a–z get symbols of their own, any other character one of 987 buckets (rare after diacritics are
 * removed), so a code stays under 2^30 and sets of them stay fast.
 */
function trigrams(words: readonly string[]): Set<number> {
  const s = ` ${words.join(' ')} `;
  const out = new Set<number>();
  for (let i = 0; i + 2 < s.length; i++) out.add((((symbol(s.charCodeAt(i)) << 10) | symbol(s.charCodeAt(i + 1))) << 10) | symbol(s.charCodeAt(i + 2)));
  return out;
}

function symbol(code: number): number {
  if (code === 32) return 0;
  if (code >= 48 && code <= 57) return code - 47;
  if (code >= 97 && code <= 122) return code - 86;
  return 37 + (code % 987);
}

function wordPairs(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** Distinct word pairs of the sentence that the claim's words also have, in order. */
function sharedPairs(sentencePairs: ReadonlySet<string>, words: readonly string[]): number {
  const found = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const pair = `${words[i - 1]} ${words[i]}`;
    if (sentencePairs.has(pair)) found.add(pair);
  }
  return found.size;
}

function shared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** The claim's wordings in one language (text and phrasings), as one string: what the re-ranker reads. */
export function claimWording(claim: Claim, lang: string): string {
  return [claim.text[lang] ?? '', ...(claim.phrasings?.[lang] ?? [])].join(' ');
}

/** What the sentence contributes to every candidate's features, computed once. */
interface SentenceView {
  readonly words: ReadonlySet<string>;
  readonly trigrams: ReadonlySet<number>;
  readonly pairs: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
  /** The sentence's own best possible plain BM25 (every word found): normalises plain-bm25. */
  readonly bm25Max: number;
}

/**
 * Plain-word document frequencies over one language's claims, for the plain BM25 feature. Built once per
 * index, on the first re-ranked sentence.
 */
export class Reranker {
  readonly #df = new Map<string, number>();
  readonly #claims: number;
  readonly #averageLength: number;
  readonly #wording: (claim: number) => string;
  readonly #model: RerankModel;

  constructor(wordings: readonly string[], wording: (claim: number) => string, m: RerankModel = RERANK_MODEL) {
    let total = 0;
    let count = 0;
    for (const text of wordings) {
      if (text.trim() === '') continue;
      const words = plainWords(text);
      total += words.length;
      count++;
      for (const w of new Set(words)) this.#df.set(w, (this.#df.get(w) ?? 0) + 1);
    }
    this.#claims = count;
    this.#averageLength = count === 0 ? 1 : total / count;
    this.#wording = wording;
    this.#model = m;
  }

  get depth(): number {
    return this.#model.depth;
  }

  #idf(word: string): number {
    const n = this.#df.get(word) ?? 0;
    return Math.log(1 + (this.#claims - n + 0.5) / (n + 0.5));
  }

  #view(sentence: string): SentenceView {
    const words = plainWords(sentence);
    const distinct = new Set(words);
    let bm25Max = 0;
    for (const w of distinct) bm25Max += this.#idf(w) * (K1 + 1);
    return { words: distinct, trigrams: trigrams(words), pairs: wordPairs(words), numbers: numbersOf(sentence), bm25Max };
  }

  #plainBm25(view: SentenceView, words: readonly string[]): number {
    const tf = new Map<string, number>();
    for (const w of words) if (view.words.has(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    let s = 0;
    for (const [w, n] of tf) s += (this.#idf(w) * n * (K1 + 1)) / (n + K1 * (1 - B + (B * words.length) / this.#averageLength));
    return s;
  }

  /**
   * Feature rows (RERANK_FEATURES order) of candidates in the ranker's order, best first. `ages`: each
   * candidate's claim age in days at the page's date (page day − claim day), undefined when the page or
   * the claim is undated; no `ages` at all: an undated page.
   */
  features(sentence: string, candidates: readonly Candidate[], ages?: readonly (number | undefined)[]): number[][] {
    if (candidates.length === 0) return [];
    const view = this.#view(sentence);
    const first = Math.max(...candidates.map((c) => c.rank));
    const plain = candidates.map((c) => plainWords(this.#wording(c.claim)));
    const bm25 = plain.map((words) => this.#plainBm25(view, words));
    const bestBm25 = Math.max(...bm25);
    return candidates.map((c, position) => {
      const words = plain[position]!;
      const tri = trigrams(words);
      const sharedTri = shared(view.trigrams, tri);
      const numbers = numbersOf(this.#wording(c.claim));
      return [
        Math.min(1, c.rank),
        first > 0 ? c.rank / first : 0,
        Math.min(1, c.score),
        c.coverage,
        c.precision,
        Math.min(1, c.bm25),
        c.phrase,
        Math.min(c.matched, MATCHED_CAP) / MATCHED_CAP,
        Math.min(c.informative, INFORMATIVE_CAP) / INFORMATIVE_CAP,
        c.part ? 1 : 0,
        1 / (1 + position),
        position === 0 ? 1 : 0,
        bestBm25 > 0 ? bm25[position]! / bestBm25 : 0,
        view.bm25Max > 0 ? bm25[position]! / view.bm25Max : 0,
        sharedTri / Math.max(1, view.trigrams.size + tri.size - sharedTri),
        sharedTri / Math.max(1, tri.size),
        sharedPairs(view.pairs, words) / Math.max(1, view.pairs.size),
        view.numbers.size > 0 ? shared(view.numbers, numbers) / view.numbers.size : 0,
        Math.min(words.length, LENGTH_CAP) / LENGTH_CAP,
        ...ageFeatures(ages?.[position], this.#model.ageEdges),
      ];
    });
  }

  /**
   * The first `depth` items (ranker's order, best first) in the model's order, the rest after them
   * unchanged. Ties keep the ranker's order.
   */
  reorder<T>(sentence: string, items: readonly T[], candidateOf: (item: T) => Candidate, ageOf?: (item: T) => number | undefined): T[] {
    const head = items.slice(0, this.#model.depth);
    const rows = this.features(sentence, head.map(candidateOf), ageOf ? head.map(ageOf) : undefined);
    const scored = head.map((item, i) => ({ item, i, s: dot(this.#model.weights, rows[i]!) }));
    scored.sort((a, b) => b.s - a.s || a.i - b.i);
    return [...scored.map((x) => x.item), ...items.slice(this.#model.depth)];
  }
}

/** 'age-1', 'age-2', 'age-3', 'age-after', 'age-undated' of one claim age (see RerankModel.ageEdges). */
export function ageFeatures(age: number | undefined, edges: readonly [number, number, number]): [number, number, number, number, number] {
  if (age === undefined) return [0, 0, 0, 0, 1];
  if (age < -1) return [0, 0, 0, 1, 0];
  return [age <= edges[0] ? 1 : 0, age > edges[0] && age <= edges[1] ? 1 : 0, age > edges[1] && age <= edges[2] ? 1 : 0, 0, 0];
}

function dot(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (w[i] ?? 0) * x[i]!;
  return s;
}
