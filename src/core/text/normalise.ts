// Text folding shared by the index and the page side, so both see the same characters:
// NFKC, no diacritics, one apostrophe, one hyphen, one kind of space, digits grouped into one token.

const QUOTES = /[«»“”„‟″"]/g;
const APOSTROPHES = /[’‘‚‛′`´ʼ]/g;
const DASHES = /[\u2010-\u2015\u2212\u00ad]/g;
// Narrow no-break space, no-break space, thin space and friends: all one plain space.
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const MARKS = /\p{M}+/gu;

/** Folds case, diacritics, quotes and dashes. Keeps length roughly, not exactly (NFKC may expand). */
export function foldText(text: string, keepCase = false): string {
  let s = text.normalize('NFKC');
  if (!keepCase) s = s.toLowerCase();
  s = s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .replace(QUOTES, ' ')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ');
  return s;
}

// "2 000", "15 000 000": digit groups of three after a space (NFKC already made U+00A0/U+202F plain).
const SPACE_GROUPS = /(?<![\d.,])(\d{1,3})((?: \d{3})+)(?![\d])/g;
const COMMA_GROUPS = /(?<![\d.,])(\d{1,3})((?:,\d{3})+)(?![\d]|[.,]\d)/g;
const DOT_GROUPS = /(?<![\d.,])(\d{1,3})((?:\.\d{3})+)(?![\d]|[.,]\d)/g;
const FR_DECIMAL = /(?<=\d),(?=\d)/g;

/**
 * Writes every number as plain digits with "." as the decimal mark: `2 000`, `2,000` (en),
 * `2.000` (fr) → `2000`; `2,5` (fr) → `2.5`. Without a language, only space and comma grouping apply.
 */
export function normaliseNumbers(folded: string, lang?: string): string {
  let s = folded.replace(SPACE_GROUPS, (_m, head: string, rest: string) => head + rest.replace(/ /g, ''));
  if (lang === 'fr') {
    s = s.replace(DOT_GROUPS, (_m, head: string, rest: string) => head + rest.replace(/\./g, ''));
    s = s.replace(FR_DECIMAL, '.');
  } else {
    s = s.replace(COMMA_GROUPS, (_m, head: string, rest: string) => head + rest.replace(/,/g, ''));
  }
  // "$1.5m", "£2bn", "€300k": money written with a scale letter is that many units (never "50 m" of distance,
  // which has no currency sign).
  s = s.replace(CURRENCY_SCALE, (_m, sign: string, digits: string, letter: string) => `${sign}${digits} ${SCALE_LETTERS[letter.toLowerCase()] ?? letter}`);
  return s;
}

const CURRENCY_SCALE = /([$£€])\s?(\d+(?:\.\d+)?)\s?(bn|mn|m|k)\b/gi;
const SCALE_LETTERS: Readonly<Record<string, string>> = { bn: 'billion', mn: 'million', m: 'million', k: 'thousand' };

/** The plain searchable form of a text: folded, numbers normalised, whitespace collapsed. */
export function normalise(text: string, lang?: string): string {
  return normaliseNumbers(foldText(text), lang).replace(/\s+/g, ' ').trim();
}
