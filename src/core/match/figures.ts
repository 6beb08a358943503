// Figure consistency: "94 cibles" is not the claim "60 cibles". A number counts a quantity when one
// of the figure's `counts` words stands right after it ("60 cibles", "60 terrorist targets") or
// just before it ("cibles : 60").
import type { Figure } from '../pack/types.ts';
import { matchStem } from '../text/synonyms.ts';
import { tokenize } from '../text/tokens.ts';
import type { AnalysedToken } from './analyse.ts';

export interface FigureRule {
  readonly value: number;
  /** Stems of the words naming what is counted, in one language. */
  readonly counts: ReadonlySet<string>;
  /**
   * The figure is a time window ("in 24 hours", "en cinq jours"): another window is another claim, but the
   * same window says nothing of which claim a sentence states (every daily count is "in 24 hours").
   */
  readonly window: boolean;
}

/** Words of time spans, as stems would be compared: a figure counting only these is a time window. */
const TIME_UNITS = new Set(['hour', 'hours', 'heure', 'heures', 'day', 'days', 'jour', 'jours', 'week', 'weeks', 'semaine', 'semaines', 'month', 'months', 'mois', 'past', 'last', 'dernieres', 'derniers']);

const AFTER = 3;
const BEFORE = 2;

export function figureRules(figures: readonly Figure[] | undefined, lang: string): FigureRule[] {
  const rules: FigureRule[] = [];
  for (const f of figures ?? []) {
    const words = f.counts[lang] ?? [];
    const tokens = words.flatMap((w) => tokenize(w, lang).filter((t) => t.value === undefined));
    const counts = new Set(tokens.map((t) => matchStem(t.word, lang)));
    if (counts.size > 0) rules.push({ value: f.value, counts, window: tokens.every((t) => TIME_UNITS.has(t.word)) });
  }
  return rules;
}

export type FigureVerdict = 'support' | 'conflict' | 'absent';

function near(tokens: readonly AnalysedToken[], i: number, counts: ReadonlySet<string>): boolean {
  for (let j = i + 1; j <= i + AFTER && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.value !== undefined) break;
    if (counts.has(t.stem)) return true;
  }
  for (let j = i - 1; j >= i - BEFORE && j >= 0; j--) {
    const t = tokens[j]!;
    if (t.value !== undefined) break;
    if (counts.has(t.stem)) return true;
  }
  return false;
}

/**
 * 'support' when the sentence gives the figure's value for its quantity; 'conflict' when it gives
 * the quantity only with other values; 'absent' when it does not count that quantity at all.
 */
export function checkFigure(tokens: readonly AnalysedToken[], rule: FigureRule): FigureVerdict {
  let other = false;
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i]!.value;
    if (v === undefined || !near(tokens, i, rule.counts)) continue;
    if (Math.abs(v - rule.value) < 1e-9) return 'support';
    other = true;
  }
  return other ? 'conflict' : 'absent';
}

/** The values the sentence gives for the rule's quantity ("94 cibles" → [94]), for explaining a conflict. */
export function statedValues(tokens: readonly AnalysedToken[], rule: FigureRule): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i]!.value;
    if (v !== undefined && near(tokens, i, rule.counts) && !out.includes(v)) out.push(v);
  }
  return out;
}
