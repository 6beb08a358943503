// Whether a ranked candidate becomes a highlight, and why (the reason `recoupe scan --explain` prints).
// Gates first (enough of the claim's wording, enough informative words), then conflicts: evidence in the
// sentence that it states something else (see conflicts.ts).
import type { Claim } from '../pack/types.ts';
import type { Analysis } from './analyse.ts';
import { findConflicts, type Conflict, type ConflictContext } from './conflicts.ts';
import type { Candidate } from './rank.ts';
import { acceptanceProbability, ACCEPTANCE_MODEL } from './acceptance-model.ts';
import type { CandidateContext } from './reading-features.ts';
import { readingProbability, readingThreshold, type ReadingModel } from './reading-model.ts';

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

/** A single shared word is never a claim, whatever a model says. */
const MIN_MATCHED_TERMS = 2;
/** A page cannot report a claim made after it was published; a day of slack for time zones and datelines. */
const PAGE_DATE_SLACK_DAYS = 1;

/** A page this many days after the claim (negative: before it) was published before the claim was made. */
export function publishedBefore(ageDays: number): boolean {
  return ageDays < -PAGE_DATE_SLACK_DAYS;
}

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

/**
 * Which model decides depends on the index size. Chance overlaps (a debate sentence sharing most words of
 * one short claim among 20,000) grow with the number of claims; the large-index model (acceptance-model.ts)
 * was fitted on exactly that regime (bundled + 19,250 PolitiFact claims) and runs after the hand-set gates.
 * Below it, the reading model (reading-model.ts) decides alone: fitted on real coverage of the bundled
 * claims, it weighs overlap against reported speech, the claimant's family and the page's date, which the
 * gates cannot (dev set, out of fold: docs/adr/0013-reading-model.md).
 */
export const MODEL_MIN_CLAIMS = 1000;

export interface DecisionContext extends ConflictContext {
  readonly indexClaims: number;
  readonly candidate: CandidateContext;
  /** Another reading model than the shipped one (the fitting script's cross-validation). */
  readonly readingModel?: ReadingModel;
  /** Look for conflicts even when a gate already refused (the "ask about a selection" card explains every candidate). */
  readonly allConflicts?: boolean;
}

export function decide(c: Candidate, sentence: Analysis, sentenceText: string, claim: Claim, lang: string, ctx: DecisionContext): Decision {
  const conflicts: Conflict[] = c.otherFigures.map(({ claimed, said }) => ({
    kind: 'figure' as const,
    detail: 'the sentence gives another value for one of the claim’s figures',
    said: said.join(', '),
    claimed: String(claimed),
  }));
  const age = ctx.candidate.ageDays;
  if (age !== undefined && publishedBefore(age)) conflicts.push({ kind: 'page-date', detail: 'the page was published before the claim was made' });
  if (ctx.indexClaims >= MODEL_MIN_CLAIMS) return decideAtScale(c, sentence, sentenceText, claim, lang, ctx, conflicts);
  if (c.matched < MIN_MATCHED_TERMS) {
    if (ctx.allConflicts === true && conflicts.length === 0) conflicts.push(...findConflicts(sentence, sentenceText, claim, lang, ctx));
    return { accepted: false, gate: 'matched', conflicts };
  }
  const probability = readingProbability(c, ctx.candidate, ctx.readingModel);
  if (conflicts.length > 0) return { accepted: false, conflicts, probability };
  const below = probability < readingThreshold(ctx.candidate, ctx.readingModel);
  // Conflict checks cost a little: only for a candidate the model would accept (or when asked to explain).
  if (!below || ctx.allConflicts === true) conflicts.push(...findConflicts(sentence, sentenceText, claim, lang, ctx));
  if (below) return { accepted: false, gate: 'model', conflicts, probability };
  return { accepted: conflicts.length === 0, conflicts, probability };
}

function decideAtScale(c: Candidate, sentence: Analysis, sentenceText: string, claim: Claim, lang: string, ctx: DecisionContext, conflicts: Conflict[]): Decision {
  const gate = failedGate(c);
  if ((gate === undefined || ctx.allConflicts === true) && conflicts.length === 0) conflicts.push(...findConflicts(sentence, sentenceText, claim, lang, ctx));
  if (gate !== undefined || conflicts.length > 0) return { accepted: false, ...(gate ? { gate } : {}), conflicts };
  const probability = acceptanceProbability(c);
  if (probability < ACCEPTANCE_MODEL.threshold) return { accepted: false, gate: 'model', conflicts, probability };
  return { accepted: true, conflicts, probability };
}
