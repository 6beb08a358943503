// Reported speech: whether a sentence attributes what it says to someone ("…, the ministry said",
// "selon l'OSDH", "a affirmé"). Recorded claims reach the page as reported speech; background sentences
// ("the coalition has been bombing IS since 2014") mostly do not. A feature of acceptance, never a rule.
import { foldText } from './normalise.ts';

// Folded text (lower case, no accents). Verbs of saying in the forms wire copy uses.
const MARKERS: Readonly<Record<string, RegExp>> = {
  en: /\b(?:said|says|say|saying|told|tells|announced|announces|announcing|claimed|claims|claiming|stated|states|according to|reported|reports|reporting|accused|accuses|denied|denies|insisted|insists|affirmed|confirmed|confirms|added|adds|declared|declares|asserted|alleged|alleges|estimated|estimates|quoted|statement|contradicted|maintained|maintains|warned|blamed)\b/,
  fr: /\b(?:selon|d'apres|a declare|ont declare|declare|a annonce|ont annonce|annonce|a affirme|ont affirme|affirme|affirment|assure|assurent|a assure|a indique|ont indique|indique|a precise|precise|dement|a dementi|a accuse|accuse|accusent|fait etat|a fait etat|a revendique|revendique|a estime|estime|a ajoute|ajoute|a dit|dit|communique|a confirme|confirme|soutient|pretend|a rapporte|rapporte|a juge|juge|a nie|nie|a souligne|souligne|a averti|a assure|a signale|signale)\b/,
};

export function hasAttribution(text: string, lang: string): boolean {
  const re = Object.hasOwn(MARKERS, lang) ? MARKERS[lang] : undefined;
  return re !== undefined && re.test(foldText(text));
}
