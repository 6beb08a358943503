// The small-index acceptance model: decides, for packs under MODEL_MIN_CLAIMS claims (the bundled packs,
// most imports), whether a ranked candidate is a highlight. A logistic model over readingFeatures, fitted
// by scripts/fit-acceptance-model.ts on the real-text dev set and the corpus pages (never on a
// held-out set); its thresholds, one for pages whose publication date is known and one for pages without,
// are chosen on out-of-fold predictions (grouped by source page) for the dev set's precision target. See
// docs/adr/0013-reading-model.md.
import model from './reading-model.json' with { type: 'json' };
import { READING_FEATURES, readingFeatures, type CandidateContext } from './reading-features.ts';
import type { Candidate } from './rank.ts';
import { linearProbability } from './logistic.ts';

export interface ReadingModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly bias: number;
  readonly thresholds: { readonly dated: number; readonly undated: number };
}

export const READING_MODEL: ReadingModel = model;

if (READING_MODEL.features.join() !== READING_FEATURES.join()) {
  // A model fitted on other features would silently decide wrongly: refuse to load.
  throw new Error('reading-model.json was fitted on other features: run scripts/fit-acceptance-model.ts');
}

export function readingProbability(c: Candidate, x: CandidateContext, m: ReadingModel = READING_MODEL): number {
  return linearProbability(m.weights, m.bias, readingFeatures(c, x));
}

export function readingThreshold(x: CandidateContext, m: ReadingModel = READING_MODEL): number {
  return x.ageDays === undefined ? m.thresholds.undated : m.thresholds.dated;
}
