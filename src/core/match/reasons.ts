// Why a sentence matches a recorded claim or not, in terms a reader can follow: built from the matcher's
// own decision (the gate that refused, the conflicts found) and candidate features, never from a second
// opinion. The "ask about a selection" card and `recoupe scan --replay` both use this; the words come
// from _locales (reason-text.ts; kept apart so the card's bundle does not pull in the matcher).
import { ACCEPTANCE } from './acceptance.ts';
import { blockLanguage } from './engines.ts';
import type { Matcher, PageContext, RankedClaim } from './matcher.ts';
import { segmentSentences } from '../text/segment.ts';
import type { MatchReason } from './reason-text.ts';

export { reasonText, type MatchReason, type Translate } from './reason-text.ts';

export interface ReasonedClaim {
  readonly claimId: string;
  /** The matcher would underline this sentence with this claim. */
  readonly accepted: boolean;
  /** Wording overlap (F1 of coverage and precision), 0–1: how the list is ordered after `accepted`. */
  readonly closeness: number;
  /** The sentence of the selection this verdict is about, and the language it was matched in. */
  readonly sentence: string;
  readonly lang: string;
  /** What decided first (conflicts, then the gate), then what speaks for the match. */
  readonly reasons: readonly MatchReason[];
}

/** The reasons for one ranked candidate, from its decision and features. */
export function reasonsFor(r: RankedClaim): MatchReason[] {
  const out: MatchReason[] = [];
  for (const c of r.decision.conflicts) {
    if (c.kind === 'figure') out.push({ kind: 'other-figure', said: c.said ?? '?', claimed: c.claimed ?? '?' });
    else if (c.kind === 'attempt') out.push({ kind: c.said === 'attempt' ? 'attempt' : 'accomplished' });
    else if (c.kind === 'date') out.push({ kind: 'later-date', said: c.said ?? '?', claimed: c.claimed ?? '?' });
    else if (c.kind === 'subject') out.push({ kind: 'other-subject', said: c.said ?? '?', claimed: c.claimed ?? '?' });
    else if (c.kind === 'page-date') out.push({ kind: 'published-before' });
    else if (c.kind === 'question') out.push({ kind: 'question' });
    else out.push({ kind: 'other-place', said: c.said ?? '?' });
  }
  const c = r.candidate;
  const share = Math.round(c.coverage * 100);
  const gate = r.decision.gate;
  if (gate === 'matched') out.push({ kind: 'few-words' });
  else if (gate === 'informative') out.push({ kind: 'names-only' });
  // A figure conflict zeroes the score: the score gate then says nothing more than the conflict did.
  else if (gate === 'score' && !c.figureConflict) out.push({ kind: 'worded-differently' });
  else if (gate === 'model') out.push({ kind: 'model' });
  // The reading model weighs coverage with everything else; under half of the claim's wording is what a
  // reader can check, so say it in those words (the same half the large-index gates ask for).
  const tooLittle = gate === 'coverage' || gate === 'clause-coverage' || gate === 'matched' || (gate === 'model' && c.coverage < ACCEPTANCE.minCoverage);
  out.push({ kind: 'wording', share, enough: !tooLittle });
  for (const value of c.supportedFigures) out.push({ kind: 'same-figure', value: String(value) });
  if (c.cue) out.push({ kind: 'claimant-named' });
  return out;
}

/** Sentences of a selection looked at, at most: a selection is meant to be a sentence or two. */
export const MAX_ASK_SENTENCES = 5;
/** Candidates ranked per sentence before merging (as many as the matcher examines for a highlight). */
const RANKED_PER_SENTENCE = 10;

const f1 = (a: number, b: number): number => (a + b === 0 ? 0 : (2 * a * b) / (a + b));

/**
 * The recorded claims closest to a selection, accepted first, then by wording overlap, each with its
 * reasons. Each sentence is ranked as the matcher ranks a page sentence (conflicts looked for in every
 * candidate, the page's publication date as context); a claim met in several sentences keeps its best verdict.
 */
export function nearestClaims(matcher: Matcher, text: string, declaredLang: string | null, limit: number, page?: PageContext): ReasonedClaim[] {
  const lang = blockLanguage(text, declaredLang);
  const best = new Map<string, ReasonedClaim>();
  const spans = segmentSentences(text, lang).slice(0, MAX_ASK_SENTENCES);
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    if (sentence === '') continue;
    for (const r of matcher.rankClaims(sentence, lang, RANKED_PER_SENTENCE, { allConflicts: true, ...(page ? { page } : {}) })) {
      const next: ReasonedClaim = { claimId: r.claimId, accepted: r.accepted, closeness: f1(r.candidate.coverage, r.candidate.precision), sentence, lang: r.lang, reasons: reasonsFor(r) };
      const seen = best.get(r.claimId);
      if (!seen || order(next, seen) < 0) best.set(r.claimId, next);
    }
  }
  return [...best.values()].sort(order).slice(0, limit);
}

function order(a: ReasonedClaim, b: ReasonedClaim): number {
  return Number(b.accepted) - Number(a.accepted) || b.closeness - a.closeness || a.claimId.localeCompare(b.claimId);
}
