// Function words and reporting verbs: they carry no claim content, so they are neither indexed nor
// counted as evidence. Reporting verbs ("said", "a affirmé") are cues, handled apart from content.

const FR = `a à afin ai aie aient ainsi alors apres après as au aucun aupres aussi autre autres aux avaient avais avait avant avec avoir ayant c ca ce ceci cela celle celles celui cependant ces cet cette ceux chaque chez ci comme comment d dans de des deja depuis derniere dernieres dernier derniers dont du elle elles en encore entre es est et etaient etait etant ete etre eu eux fait faire fois font hier ici il ils j je jusqu l la laquelle le lequel les lesquelles lesquels leur leurs lors lui m ma mais me meme memes mes moi moins mon n ne ni non nos notre nous on ont ou par parce parmi pas pendant peu peut plus plusieurs pour pourquoi pres puis qu quand que quel quelle quelles quels qui quoi s sa sans se selon ses si sien soi soit son sont sous suis sur t ta tandis te tel telle tels tes toi ton tous tout toute toutes tres tu un une unes uns vers via vos votre vous y
affirme affirmait affirmant affirment annonce annoncait indique indiquait declare declarait precise ajoute ajoutait rapporte dit disait selon estime assure explique souligne note egalement aujourd hui ainsi donc notamment lors cours`;

const EN = `a about above after again against all also am an and any are aren as at be because been before being below between both but by can could did do does doing don down during each few for from further had has have having he her here hers herself him himself his how i if in into is isn it its itself just let me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up upon very was wasn we were what when where which while who whom why will with would you your yours s t ve ll re d m
said says say saying told tell tells stated announced reported according added noted stating`;

const LISTS: Record<string, ReadonlySet<string>> = {
  fr: new Set(FR.split(/\s+/)),
  en: new Set(EN.split(/\s+/)),
};
const BOTH = new Set([...LISTS.fr!, ...LISTS.en!]);

/** True for a folded (lower-case, no diacritics) word that carries no content in that language. */
export function isStopword(word: string, lang?: string): boolean {
  const list = lang === undefined ? BOTH : LISTS[lang];
  return list ? list.has(word) : BOTH.has(word);
}
