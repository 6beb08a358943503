// Figure consistency: "94 cibles" is not the claim "60 cibles". A number counts a quantity when one
// of the figure's `counts` words stands right after it ("60 cibles", "60 terrorist targets") or
// just before it ("cibles : 60").
import type { Figure } from '../pack/types.ts';
import { matchStem } from '../text/synonyms.ts';
import { foldText } from '../text/normalise.ts';
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

/** Scale words a pack may write in a figure's counted words instead of its value ("millions de dollars"). */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['thousands', 1e3], ['mille', 1e3], ['million', 1e6], ['millions', 1e6],
  ['billion', 1e9], ['billions', 1e9], ['milliard', 1e9], ['milliards', 1e9],
]);

const AFTER = 3;
const BEFORE = 2;

export function figureRules(figures: readonly Figure[] | undefined, lang: string): FigureRule[] {
  const rules: FigureRule[] = [];
  for (const f of figures ?? []) {
    const words = f.counts[lang] ?? [];
    // "3" counting "millions de dollars" is 3,000,000 dollars: the page's "3 millions" is read as one number.
    const firstWords = words.map((w) => foldText(w).trim().split(/\s+/)[0] ?? '');
    const scale = SCALES.get(firstWords.find((w) => SCALES.has(w)) ?? '') ?? 1;
    const tokens = words.flatMap((w, k) => tokenize(SCALES.has(firstWords[k]!) ? w.trim().replace(/^\S+\s*/, '') : w, lang).filter((t) => t.value === undefined));
    const counts = new Set(tokens.map((t) => matchStem(t.word, lang)));
    if (counts.size > 0) rules.push({ value: f.value * scale, counts, window: tokens.every((t) => TIME_UNITS.has(t.word)) });
  }
  return rules;
}

export type FigureVerdict = 'support' | 'conflict' | 'absent';

/** Words joining the two ends of a range ("85 to 90 percent", "de 85 à 90 %"), folded. */
const RANGE_WORDS = new Set(['to', 'a', 'or', 'ou']);

function near(tokens: readonly AnalysedToken[], i: number, counts: ReadonlySet<string>): boolean {
  // The first end of a range counts what the second counts.
  if (RANGE_WORDS.has(tokens[i + 1]?.word ?? '') && tokens[i + 2]?.value !== undefined) return near(tokens, i + 2, counts);
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
    if (Math.abs(v - rule.value) < 1e-9 || approximates(tokens, i, v, rule.value)) return 'support';
    other = true;
  }
  return other ? 'conflict' : 'absent';
}

// ---- rounded figures --------------------------------------------------------------------------------
// Wires round the Ministry's counts: "over 1,600 targets" (1,623), "nearly 1,900 facilities" (1,888),
// "près de 1 900 objectifs". A rounded value with a word that says so states the exact one when the
// exact one lies on the side the word says, within APPROXIMATION of it. Folded words, just before the number.
type Side = 'above' | 'below' | 'either';
const APPROXIMATORS: readonly (readonly [readonly string[], Side])[] = [
  [['more', 'than'], 'above'], [['over'], 'above'], [['at', 'least'], 'above'], [['upwards', 'of'], 'above'],
  [['plus', 'de'], 'above'], [['au', 'moins'], 'above'], [['plus', 'd'], 'above'],
  [['nearly'], 'below'], [['almost'], 'below'], [['close', 'to'], 'below'], [['presque'], 'below'], [['quasi'], 'below'],
  [['about'], 'either'], [['around'], 'either'], [['some'], 'either'], [['roughly'], 'either'], [['approximately'], 'either'],
  [['environ'], 'either'], [['quelque'], 'either'], [['quelques'], 'either'], [['pres', 'de'], 'either'], [['autour', 'de'], 'either'],
];
/** How far a rounded figure may lie from the exact one, as a share of the rounded figure: wires round to two digits. */
const APPROXIMATION = 0.1;

/** At most two significant digits, and at least a multiple of ten: 1,600, 1,900, 50 are rounded; 1,610 and 59 are not. */
function isRounded(v: number): boolean {
  if (!Number.isInteger(v) || v < 10 || v % 10 !== 0) return false;
  const unit = 10 ** (Math.floor(Math.log10(v)) - 1);
  return v % unit === 0;
}

function sideWord(tokens: readonly AnalysedToken[], i: number): Side | undefined {
  for (const [words, side] of APPROXIMATORS) {
    const start = i - words.length;
    if (start >= 0 && words.every((w, k) => tokens[start + k]!.word === w)) return side;
  }
  return undefined;
}

function approximates(tokens: readonly AnalysedToken[], i: number, stated: number, exact: number): boolean {
  if (!isRounded(stated) || isRounded(exact) || Math.abs(stated - exact) > APPROXIMATION * stated) return false;
  const side = sideWord(tokens, i);
  if (side === 'above') return exact > stated;
  if (side === 'below') return exact < stated;
  return side === 'either';
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
