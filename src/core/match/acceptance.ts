// Whether a ranked candidate becomes a highlight, and why (the reason `recoupe scan --explain` prints).
// Gates first (enough of the claim's wording, enough informative words), then conflicts: evidence in the
// sentence that it states something else (see conflicts.ts).
import type { Claim } from '../pack/types.ts';
import type { Analysis } from './analyse.ts';
import { findConflicts, type Conflict, type ConflictContext } from './conflicts.ts';
import type { Candidate } from './rank.ts';
import { acceptanceProbability, ACCEPTANCE_MODEL } from './acceptance-model.ts';

/** Acceptance rules for a highlight. Set from principles, not from any one page. */
export const ACCEPTANCE = {
  /** Final score (blend of coverage, phrase overlap and bonuses). */
  minScore: 0.55,
  /** At least half of the claim wording's weight must be in the sentence… */
  minCoverage: 0.5,
  /** …and nearly all of it when the wording is only a clause of the claim. */
  minClauseCoverage: 0.75,
  /** Distinct matched terms that are not entity names ("Aleppo" + "Syrian army" is not a claim)… */
  minInformative: 2,
  /** …unless the claim is mostly names (forces at the gates of a town) and is stated in full. */
  minCoverageWithOneInformative: 0.9,
  minMatched: 3,
} as const;

export type Gate = 'score' | 'coverage' | 'clause-coverage' | 'informative' | 'matched' | 'model';

export interface Decision {
  readonly accepted: boolean;
  /** The first gate the candidate failed, if any. */
  readonly gate?: Gate;
  /** Evidence that the sentence states something else; any one refuses the match. */
  readonly conflicts: readonly Conflict[];
  /** The acceptance model's probability, when one decided (see acceptance-model.ts). */
  readonly probability?: number;
}

export function failedGate(c: Candidate): Gate | undefined {
  const a = ACCEPTANCE;
  if (c.matched < a.minMatched) return 'matched';
  const enoughContent = c.informative >= a.minInformative || (c.informative >= 1 && c.coverage >= a.minCoverageWithOneInformative);
  if (!enoughContent) return 'informative';
  if (c.coverage < (c.part ? a.minClauseCoverage : a.minCoverage)) return c.part ? 'clause-coverage' : 'coverage';
  if (c.score < a.minScore) return 'score';
  return undefined;
}

/** Gates alone (figure conflict included), without the sentence-level conflict checks. */
export function isAccepted(c: Candidate): boolean {
  return !c.figureConflict && failedGate(c) === undefined;
}

/**
 * The learned model decides only in an index this large. Chance overlaps (a debate sentence sharing most
 * words of one short claim among 20,000) grow with the number of claims; the model was fitted on exactly
 * that regime (bundled + 19,250 PolitiFact claims). In a small index the gates alone are calibrated on
 * the dev set, and the model, whose strongest feature is a curated key term, would refuse exact
 * restatements of claims from packs without `terms` (measured: dev-set recall 0.40 → 0.35).
 */
export const MODEL_MIN_CLAIMS = 1000;

export interface DecideContext extends ConflictContext {
  readonly indexClaims: number;
  /** Look for conflicts even when a gate already refused (the "ask about a selection" card explains every candidate). */
  readonly allConflicts?: boolean;
}

export function decide(c: Candidate, sentence: Analysis, sentenceText: string, claim: Claim, lang: string, ctx: DecideContext): Decision {
  const gate = failedGate(c);
  const conflicts: Conflict[] = c.otherFigures.map(({ claimed, said }) => ({
    kind: 'figure' as const,
    detail: 'the sentence gives another value for one of the claim’s figures',
    said: said.join(', '),
    claimed: String(claimed),
  }));
  // Conflict checks cost a little: only run them for a candidate the gates would accept.
  if ((gate === undefined || ctx.allConflicts === true) && conflicts.length === 0) conflicts.push(...findConflicts(sentence, sentenceText, claim, lang, ctx));
  if (gate !== undefined || conflicts.length > 0) return { accepted: false, ...(gate ? { gate } : {}), conflicts };
  if (ctx.indexClaims < MODEL_MIN_CLAIMS) return { accepted: true, conflicts };
  // Last, at scale, the learned acceptance model (acceptance-model.ts).
  const probability = acceptanceProbability(c);
  if (probability < ACCEPTANCE_MODEL.threshold) return { accepted: false, gate: 'model', conflicts, probability };
  return { accepted: true, conflicts, probability };
}
