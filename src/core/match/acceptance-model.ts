// The learned part of acceptance: a logistic model over the ranker's features, applied after the gates and
// conflict checks, so that a sentence sharing many common words with one of 20,000 imported claims is not
// highlighted. Weights and threshold live in acceptance-model.json, written by
// scripts/fit-acceptance-model.ts (CheckThat! 2B train+dev and the dev set; never CheckThat! test); see
// docs/adr (acceptance model).
import model from './acceptance-model.json' with { type: 'json' };
import type { Candidate } from './rank.ts';
import { linearProbability } from './logistic.ts';
import { overlapFeatures } from './reading-features.ts';

export interface AcceptanceModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly bias: number;
  readonly threshold: number;
}

/** Feature vector of a candidate, in the model's order; each scaled to about 0..1. */
export function candidateFeatures(c: Candidate): number[] {
  return [
    ...overlapFeatures(c),
    c.figuresSupported > 0 ? 1 : 0,
    c.part ? 1 : 0,
    c.keyTerm ? 1 : 0,
    c.cue ? 1 : 0,
  ];
}

export const FEATURE_NAMES = ['coverage', 'precision', 'score', 'rank', 'informative', 'matched', 'figure', 'clause', 'key-term', 'claimant-cue'] as const;

export const ACCEPTANCE_MODEL: AcceptanceModel = model;

export function acceptanceProbability(c: Candidate, m: AcceptanceModel = ACCEPTANCE_MODEL): number {
  return linearProbability(m.weights, m.bias, candidateFeatures(c));
}
