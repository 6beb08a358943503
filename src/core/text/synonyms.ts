// Small hand-made synonym groups for the vocabulary of conflict reporting, where wire copy and
// rewrites swap words freely ("raids" for "frappes", "clashes" for "fighting"). Each word is folded
// and stemmed like any other, then replaced by its group's first stem. Deliberately short: a
// synonym that is wrong in some context costs precision everywhere.
import { foldText } from './normalise.ts';
import { stem } from './stem.ts';

const GROUPS: Record<string, readonly string[][]> = {
  fr: [
    ['frappe', 'frappes', 'frapper', 'raid', 'raids', 'bombardement', 'bombardements', 'bombarder', 'bombardé', 'bombardés'],
    ['combat', 'combats', 'affrontement', 'affrontements', 'heurts'],
    ['détruire', 'détruit', 'détruits', 'détruite', 'anéantir', 'anéanti', 'anéantis'],
    ['cible', 'cibles', 'objectif', 'objectifs'],
    ['tué', 'tués', 'tuer', 'péri', 'périr', 'morts'],
    ['fuir', 'fui', 'fuient', 'quitter', 'quitté'],
    ['habitation', 'habitations', 'maison', 'maisons', 'foyers', 'domiciles'],
    ['approvisionnement', 'ravitaillement'],
    ['prendre', 'pris', 'prise', 'reprendre', 'repris', 'emparer', 'emparée', 'emparés', 'conquis'],
  ],
  en: [
    ['strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'bombing', 'bombed', 'bombardment'],
    ['fighting', 'clashes', 'clash', 'clashed', 'battles', 'battle', 'combat'],
    ['destroy', 'destroyed', 'destroying', 'wiped'],
    ['kill', 'killed', 'died', 'dead'],
    ['flee', 'fled', 'fleeing'],
    ['home', 'homes', 'houses', 'house'],
    ['supply', 'supplies', 'resupply'],
    ['capture', 'captured', 'seize', 'seized', 'take', 'took', 'taken', 'taking', 'retook', 'retaken', 'recaptured'],
    ['evidence', 'proof'],
    ['plane', 'planes', 'jets', 'warplanes', 'aircraft', 'bombers'],
  ],
};

const MAPS = new Map<string, ReadonlyMap<string, string>>();
for (const [lang, groups] of Object.entries(GROUPS)) {
  const map = new Map<string, string>();
  for (const group of groups) {
    const head = stem(foldText(group[0]!), lang);
    for (const word of group) map.set(stem(foldText(word), lang), head);
  }
  MAPS.set(lang, map);
}

/** The canonical stem for a stem, or the stem itself. */
export function canonicalStem(s: string, lang: string): string {
  return MAPS.get(lang)?.get(s) ?? s;
}

/** Stem then synonym: the one form under which a word is indexed and looked up. */
export function matchStem(word: string, lang: string): string {
  return canonicalStem(stem(word, lang), lang);
}
