// Number words → digits, so "soixante cibles", "sixty targets" and "60 cibles" share the token "60".
// Only what is cheap and unambiguous: a lone "un"/"one" stays a word (it is usually an article).

type Lexicon = ReadonlyMap<string, number>;

const FR_UNITS: Lexicon = new Map([
  ['zero', 0], ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6],
  ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13],
  ['quatorze', 14], ['quinze', 15], ['seize', 16], ['vingt', 20], ['vingts', 20], ['trente', 30],
  ['quarante', 40], ['cinquante', 50], ['soixante', 60], ['septante', 70], ['octante', 80], ['nonante', 90],
]);
const EN_UNITS: Lexicon = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const FR_SCALES: Lexicon = new Map([
  ['cent', 100], ['cents', 100], ['mille', 1000], ['million', 1e6], ['millions', 1e6],
  ['milliard', 1e9], ['milliards', 1e9],
]);
const EN_SCALES: Lexicon = new Map([
  ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['millions', 1e6], ['billion', 1e9], ['billions', 1e9],
]);
const LONE_WORDS = new Set(['un', 'une', 'one']);
const JOINERS = new Set(['et', 'and']);
// Scale words that may stand after digits: "2 millions", "1.5 billion", "3 mille".
const DIGIT_SCALES = new Set(['mille', 'thousand', 'million', 'millions', 'milliard', 'milliards', 'billion', 'billions']);

function lexicons(lang?: string): { units: Lexicon; scales: Lexicon }[] {
  if (lang === 'fr') return [{ units: FR_UNITS, scales: FR_SCALES }];
  if (lang === 'en') return [{ units: EN_UNITS, scales: EN_SCALES }];
  return [{ units: FR_UNITS, scales: FR_SCALES }, { units: EN_UNITS, scales: EN_SCALES }];
}

/** Reads number words from words[at]; returns the value and how many words it used, or undefined. */
export function readNumberWords(words: readonly string[], at: number, lang?: string): { value: number; used: number } | undefined {
  const first = words[at];
  if (first === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(first)) {
    const scale = words[at + 1];
    if (scale !== undefined && DIGIT_SCALES.has(scale)) {
      const lex = lexicons(lang).find((l) => l.scales.has(scale)) ?? lexicons(undefined).find((l) => l.scales.has(scale));
      const mult = lex?.scales.get(scale);
      if (mult !== undefined) return { value: Number(first) * mult, used: 2 };
    }
    return undefined;
  }
  for (const { units, scales } of lexicons(lang)) {
    if (!units.has(first) && !scales.has(first)) continue;
    let total = 0;
    let current = 0;
    let used = 0;
    let lastUnit: number | undefined;
    for (let i = at; i < words.length; i++) {
      const w = words[i]!;
      const unit = units.get(w);
      const scale = scales.get(w);
      if (unit !== undefined) {
        // "quatre-vingt(s)": a unit before vingt multiplies it.
        if ((w === 'vingt' || w === 'vingts') && lastUnit === 4 && current % 10 === 4) current = current - 4 + 80;
        else current += unit;
        lastUnit = unit;
      } else if (scale !== undefined) {
        if (scale === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * scale;
          current = 0;
        }
        lastUnit = undefined;
      } else if (JOINERS.has(w) && used > 0 && i + 1 < words.length && units.has(words[i + 1]!)) {
        continue;
      } else break;
      used = i - at + 1;
    }
    if (used === 0) continue;
    if (used === 1 && LONE_WORDS.has(first)) return undefined;
    // A lone plural scale ("thousands", "millions") is a vague quantity, not a figure.
    if (used === 1 && /s$/.test(first) && scales.has(first)) return undefined;
    return { value: total + current, used };
  }
  return undefined;
}
