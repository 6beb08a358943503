// Tokens of a folded text: words and numbers, with number words already turned into digits.
import { foldText, normaliseNumbers } from './normalise.ts';
import { readNumberWords } from './number-words.ts';

export type Case = 'upper' | 'title' | 'lower';

export interface Token {
  /** Folded, lower-case word, or a number in plain digits ("2000", "2.5"). */
  readonly word: string;
  /** Case in the source, so "EI"/"IS" acronyms are told from the words "ei"/"is". */
  readonly case: Case;
  /** Set when the token is a number (from digits or number words). */
  readonly value?: number;
}

// Punctuation is kept as a stop mark so number words do not run across commas ("deux, trois").
const WORD = /\d+(?:\.\d+)?|\p{L}+|%|[.,;:!?()«»"]/gu;
/** "%", "per cent", "pour cent" are one word: figures count percentages, and "cent" must not read as 100. */
const PERCENT = 'percent';
const STOP_MARK = /^[.,;:!?()«»"]$/;

function caseOf(raw: string): Case {
  if (raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) return 'upper';
  const first = raw[0]!;
  return first !== first.toLowerCase() ? 'title' : 'lower';
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

export function tokenize(text: string, lang?: string): Token[] {
  const raw = normaliseNumbers(foldText(text, true), lang).match(WORD) ?? [];
  const lower = raw.map((w) => w.toLowerCase());
  const out: Token[] = [];
  for (let i = 0; i < raw.length; ) {
    if (lower[i] === '%') {
      out.push({ word: PERCENT, case: 'lower' });
      i++;
      continue;
    }
    if ((lower[i] === 'per' || lower[i] === 'pour') && lower[i + 1] === 'cent') {
      out.push({ word: PERCENT, case: 'lower' });
      i += 2;
      continue;
    }
    const number = readNumberWords(lower, i, lang);
    if (number) {
      out.push({ word: formatNumber(number.value), case: 'lower', value: number.value });
      i += number.used;
      continue;
    }
    const word = lower[i]!;
    if (STOP_MARK.test(word)) {
      i++;
      continue;
    }
    if (/^\d/.test(word)) out.push({ word, case: 'lower', value: Number(word) });
    else out.push({ word, case: caseOf(raw[i]!) });
    i++;
  }
  return out;
}
