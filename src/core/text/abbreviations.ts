// Words that end with a period without ending the sentence ("M. Poutine", "gén. Konachenkov",
// "U.S. officials"). Compared folded (lower case, no diacritics), without the final period.

const FR = 'm mm mme mmes mlle mlles dr drs pr gen col cdt cne lt sgt adj st ste av apr j.-c env cf p pp vol art al ex no n tel fig chap ed min max';
const EN = 'mr mrs ms messrs dr prof st gen col lt sgt capt cpt cmdr adm maj sen rep gov pres jr sr inc ltd co corp bros vs v e.g i.e no nos jan feb mar apr aug sep sept oct nov dec mt ft u.s u.k u.n a.m p.m approx dept est fig ed vol pp';

const BY_LANG: Record<string, ReadonlySet<string>> = {
  fr: new Set(FR.split(' ')),
  en: new Set(EN.split(' ')),
};
const ANY = new Set([...BY_LANG.fr!, ...BY_LANG.en!]);

/** True when `word` (folded, final period removed) is an abbreviation that does not end a sentence. */
export function isAbbreviation(word: string, lang?: string): boolean {
  const list = lang === undefined ? ANY : (BY_LANG[lang] ?? ANY);
  // Initialisms with inner periods ("U.S", "A.F.P") never end a sentence on their own.
  return list.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}
