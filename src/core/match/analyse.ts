// One text (a claim wording or a page sentence) as matching terms: content-word stems, numbers and
// entity ids ("@osdh"), in order, plus the per-token view that figure checks need.
import { isStopword } from '../text/stopwords.ts';
import { matchStem } from '../text/synonyms.ts';
import { tokenize } from '../text/tokens.ts';
import type { EntityLexicon, LexToken } from './entity-lexicon.ts';
import { MIN_FUZZY_LENGTH, type FuzzyNames } from './fuzzy-names.ts';

export interface AnalysedToken extends LexToken {
  value?: number;
  stop: boolean;
}

export interface Analysis {
  /** Terms in text order (content stems, numbers, "@entity"), repeats kept: bigrams need the order. */
  readonly seq: readonly string[];
  /** Distinct terms. */
  readonly terms: ReadonlySet<string>;
  /** Entity ids mentioned. */
  readonly entities: ReadonlySet<string>;
  readonly tokens: readonly AnalysedToken[];
}

export interface AnalyseContext {
  readonly lexicon: EntityLexicon;
  /** Page side only: resolves unknown capitalised words to alias spellings. */
  readonly fuzzy?: FuzzyNames;
  /** Stems the index knows; a known word is never "corrected" into a name. */
  readonly isKnown?: (stem: string) => boolean;
}

export const ENTITY_PREFIX = '@';

export function analyse(text: string, lang: string, ctx: AnalyseContext): Analysis {
  const tokens: AnalysedToken[] = tokenize(text, lang).map((t) => {
    if (t.value !== undefined) return { word: t.word, stem: t.word, case: t.case, value: t.value, stop: false };
    return { word: t.word, stem: matchStem(t.word, lang), case: t.case, stop: t.word.length < 2 || isStopword(t.word, lang) };
  });
  const { fuzzy, isKnown } = ctx;
  if (fuzzy) {
    for (const t of tokens) {
      if (t.case === 'lower' || t.stop || t.value !== undefined || t.word.length < MIN_FUZZY_LENGTH) continue;
      if (isKnown?.(t.stem) || ctx.lexicon.hasStem(t.stem)) continue;
      const name = fuzzy.resolve(t.word);
      if (name !== undefined) {
        t.word = name;
        t.stem = matchStem(name, lang);
      }
    }
  }
  const spans = ctx.lexicon.find(tokens);
  const seq: string[] = [];
  const entities = new Set<string>();
  let s = 0;
  for (let i = 0; i < tokens.length; ) {
    const span = spans[s];
    if (span && span.start === i) {
      seq.push(ENTITY_PREFIX + span.entity);
      entities.add(span.entity);
      i = span.end;
      s++;
      continue;
    }
    const t = tokens[i]!;
    if (!t.stop) seq.push(t.stem);
    i++;
  }
  return { seq, terms: new Set(seq), entities, tokens };
}
