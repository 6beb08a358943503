// What the small-index acceptance model sees of a candidate: the ranker's measures of overlap with the
// claim, plus what the sentence and the page say around it (its place among the candidates, the claimant's
// family named, reported speech, and how old the claim was when the page was published).
import type { Candidate } from './rank.ts';

export interface CandidateContext {
  /** Rivals ranked above it: other claims read from mostly the same words of the sentence (0: the best reading). */
  readonly position: number;
  /** Rank score minus the best rival's (its own rank score when it has none; clipped to ±1). */
  readonly margin: number;
  /** Figures the claim records in this language. */
  readonly claimFigures: number;
  /** The claimant, an organisation above it or a member of it is named in the sentence or the one before. */
  readonly familyNamed: boolean;
  /** The sentence is reported speech ("…, the ministry said", "selon…"). */
  readonly attributed: boolean;
  /** Days from the claim's date to the page's publication; undefined when the page's date is unknown. */
  readonly ageDays?: number;
}

export const READING_FEATURES = [
  'coverage',
  'precision',
  'score',
  'rank',
  'informative',
  'matched',
  'figure',
  'clause',
  'key-term',
  'claimant-cue',
  'phrase',
  'bm25',
  'top',
  'margin',
  'sentence-terms',
  'figure-share',
  'figures-unstated',
  'claimant-family',
  'attributed',
  'date-unknown',
  'age-0-3-days',
  'age-4-14-days',
  'age-over-14-days',
] as const;

/** The overlap measures both acceptance models start from, each about 0..1. */
export function overlapFeatures(c: Candidate): number[] {
  return [c.coverage, c.precision, Math.min(1, c.score), Math.min(1, c.rank), Math.min(c.informative, 8) / 8, Math.min(c.matched, 12) / 12];
}

/** Feature vector in READING_FEATURES order, each about 0..1. */
export function readingFeatures(c: Candidate, x: CandidateContext): number[] {
  const age = x.ageDays;
  return [
    ...overlapFeatures(c),
    Math.min(2, c.figuresSupported) / 2,
    c.part ? 1 : 0,
    c.keyTerm ? 1 : 0,
    c.cue ? 1 : 0,
    c.phrase,
    Math.min(1, c.bm25),
    x.position === 0 ? 1 : 0,
    Math.max(-1, Math.min(1, x.margin)),
    Math.min(c.sentenceTerms, 30) / 30,
    x.claimFigures > 0 ? Math.min(1, c.figuresSupported / x.claimFigures) : 0,
    x.claimFigures > 0 && c.figuresSupported === 0 ? 1 : 0,
    x.familyNamed ? 1 : 0,
    x.attributed ? 1 : 0,
    age === undefined ? 1 : 0,
    age !== undefined && age <= 3 ? 1 : 0,
    age !== undefined && age > 3 && age <= 14 ? 1 : 0,
    age !== undefined && age > 14 ? 1 : 0,
  ];
}
