// Light suffix stripping for French and English. The aim is that inflected forms of one word meet
// ("frappé", "frappes", "frapper" → "frap"; "strikes", "striking" → "strik"), not linguistic roots.
// Input is folded text: lower case, no diacritics.

const FR_SUFFIXES = [
  'issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'atrices', 'atrice', 'ateurs', 'ateur',
  'ences', 'ence', 'ances', 'ance', 'iques', 'ique', 'istes', 'iste', 'ismes', 'isme', 'ables', 'able',
  'euses', 'euse', 'eurs', 'eur', 'ions', 'ion', 'aient', 'erait', 'eront', 'erons', 'ait', 'ant', 'ent', 'ees', 'ee',
];

export function stemFr(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  for (const suffix of FR_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length < 5) return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
  // The rest follows Lucene's FrenchMinimalStemmer (plural, infinitive, feminine, doubled letter).
  if (w.endsWith('x')) return w.endsWith('aux') ? w.slice(0, -2) + 'l' : w.slice(0, -1);
  if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('r')) w = w.slice(0, -1);
  if (w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 2 && w.at(-1) === w.at(-2)) w = w.slice(0, -1);
  return w;
}

const VOWEL = /[aeiouy]/;
const EN_DERIVATIONAL = ['ization', 'ational', 'fulness', 'ousness', 'iveness', 'ations', 'ation', 'ments', 'ment', 'ness', 'ions', 'ion', 'ful', 'ly'];

export function stemEn(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const stem = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && stem.length >= 3 && VOWEL.test(stem)) {
      w = stem;
      break;
    }
  }
  for (const suffix of EN_DERIVATIONAL) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 3 && w.endsWith('y') && !VOWEL.test(w.at(-2)!)) w = w.slice(0, -1) + 'i';
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.at(-1) === w.at(-2) && !/[lsz]/.test(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}

/** Stems a folded word in the given language; without one, English rules (the cheaper guess) apply. */
export function stem(word: string, lang?: string): string {
  if (/^\d/.test(word)) return word;
  return lang === 'fr' ? stemFr(word) : stemEn(word);
}
