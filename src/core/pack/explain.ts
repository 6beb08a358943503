// Plain-words explanation of a derived status, in French and English, for the card and the popup:
// one headline, then one line per evidence item saying whether it counted and why.
import type { EvidenceAssessment, EvidenceRelation, StatusDerivation } from './types.ts';

export interface StatusExplanation {
  headline: string;
  counted: string[];
  notCounted: string[];
}

type ExplainLang = 'fr' | 'en';

function sources(n: number, lang: ExplainLang): string {
  if (lang === 'en') return n === 1 ? 'one source' : `${n} sources`;
  return n === 1 ? 'une source indépendante' : `${n} sources indépendantes`;
}

function tally(assessments: readonly EvidenceAssessment[], relations: readonly EvidenceRelation[]): number {
  return assessments.filter((a) => a.counted && relations.includes(a.evidence.relation)).length;
}

function headline(derivation: StatusDerivation, lang: ExplainLang): string {
  const all = derivation.assessments;
  const confirms = tally(all, ['confirms']);
  const partly = tally(all, ['partly']);
  const disputes = tally(all, ['disputes']);
  const en = lang === 'en';
  switch (derivation.status) {
    case 'corroborated':
      return en
        ? `Confirmed by ${sources(confirms, lang)} independent of the claimant; no independent source disputed it.`
        : `Confirmée par ${sources(confirms, lang)} du déclarant ; aucune source indépendante ne l'a contredite.`;
    case 'partly-corroborated':
      return en
        ? `Only partly confirmed: ${sources(partly, lang)} independent of the claimant supported part of it; none confirmed it fully or disputed it.`
        : `Confirmée en partie seulement : ${sources(partly, lang)} du déclarant en ${partly === 1 ? 'a' : 'ont'} confirmé une partie ; aucune ne l'a confirmée entièrement ni contredite.`;
    case 'contested':
      return en
        ? `Contested: independent sources disagree — ${sources(confirms + partly, lang)} confirmed it fully or in part, ${sources(disputes, lang)} disputed it.`
        : `Controversée : les sources indépendantes divergent — ${sources(confirms + partly, lang)} l'${confirms + partly === 1 ? 'a' : 'ont'} confirmée en tout ou partie, ${sources(disputes, lang)} l'${disputes === 1 ? 'a' : 'ont'} contredite.`;
    case 'disputed':
      return en
        ? `Disputed by ${sources(disputes, lang)} independent of the claimant; no independent source confirmed it.`
        : `Contredite par ${sources(disputes, lang)} du déclarant ; aucune source indépendante ne l'a confirmée.`;
    case 'unverified':
      return unverifiedHeadline(all, en);
  }
}

/** Unverified has several honest shades: nothing recorded, only relays, only the claimant's own side, unreadable ratings. */
function unverifiedHeadline(all: readonly EvidenceAssessment[], en: boolean): string {
  const reasons = new Set(all.map((a) => a.reason));
  if (all.length === 0) {
    return en
      ? 'No evidence is recorded: no source independent of the claimant is known to have confirmed or disputed it.'
      : "Aucun élément n'est enregistré : aucune source indépendante du déclarant n'est connue pour l'avoir confirmée ou contredite.";
  }
  if (reasons.has('rating-unknown')) {
    return en
      ? 'No independent source confirmed or disputed this in terms Recoupe can read; the fact-check ratings are shown as published.'
      : "Aucune source indépendante ne l'a confirmée ou contredite en des termes que Recoupe sait lire ; les verdicts sont cités tels que publiés.";
  }
  if (reasons.has('interested-party')) {
    return en
      ? 'The only confirmations come from the side this claim favours (interested parties) or from outlets relaying it; no independent source confirmed or disputed it.'
      : "Les seules confirmations viennent du camp que cette affirmation avantage (parties intéressées) ou de médias qui la relaient ; aucune source indépendante ne l'a confirmée ni contredite.";
  }
  if (reasons.has('same-organisation') || reasons.has('aligned')) {
    return en
      ? 'Only the claimant, sources tied to it (its own organisation or its allies) and outlets relaying it reported this; no independent source confirmed or disputed it.'
      : "Seuls le déclarant, des sources qui lui sont liées (sa propre organisation ou ses alliés) et des médias qui le relaient l'ont rapportée ; aucune source indépendante ne l'a confirmée ni contredite.";
  }
  return en
    ? 'Only the claimant and outlets relaying it reported this; no independent source confirmed or disputed it.'
    : "Seuls le déclarant et des médias qui relaient ses propos l'ont rapportée ; aucune source indépendante ne l'a confirmée ni contredite.";
}

function verbPhrase(a: EvidenceAssessment, lang: ExplainLang): string {
  const rating = a.evidence.rating ?? '';
  const phrases: Record<EvidenceRelation, [string, string]> = {
    confirms: ['confirmed it', "l'a confirmée"],
    partly: ['partly confirmed it', "l'a confirmée en partie"],
    disputes: ['disputed it', "l'a contredite"],
    repeats: ['repeated it', "l'a relayée"],
    rated: [`rated it “${rating}”`, `l'a jugée « ${rating} »`],
  };
  return phrases[a.evidence.relation][lang === 'en' ? 0 : 1];
}

function line(a: EvidenceAssessment, lang: ExplainLang, entityName: (id: string) => string): string {
  const head = `${entityName(a.evidence.source)} ${verbPhrase(a, lang)} (${a.evidence.date})`;
  const link = a.link ?? [];
  const en = lang === 'en';
  switch (a.reason) {
    case 'independent':
      return en ? `${head}; independent of the claimant.` : `${head} ; source indépendante du déclarant.`;
    case 'claimant-itself':
      return en ? `${head}, but it is the claimant itself.` : `${head}, mais c'est le déclarant lui-même.`;
    case 'same-organisation': {
      const path = link.map(entityName).join(' → ');
      return en
        ? `${head}, but it belongs to the claimant's own organisation (${path}).`
        : `${head}, mais appartient à la même organisation que le déclarant (${path}).`;
    }
    case 'aligned': {
      const [a1 = '', b1 = ''] = link.map(entityName);
      return en
        ? `${head}, but it is on the claimant's side (${a1} is aligned with ${b1}).`
        : `${head}, mais se trouve du même côté que le déclarant (${a1} est aligné avec ${b1}).`;
    }
    case 'interested-party':
      return `${head}${interestedParty(a, en, entityName)}`;
    case 'repeats-only':
      return en ? `${head} without adding independent support.` : `${head} sans apporter d'élément indépendant.`;
    case 'rating-unknown':
      return en
        ? `${head}; Recoupe does not read this rating as confirming or disputing the claim.`
        : `${head} ; Recoupe n'interprète ce verdict ni comme une confirmation ni comme un démenti.`;
  }
}

/**
 * "…, but it is an interested party: Al-Manar belongs to Hezbollah, an ally of the side this claim
 * favours (Syrian government)." The words follow the `interest` path the derivation recorded.
 */
function interestedParty(a: EvidenceAssessment, en: boolean, entityName: (id: string) => string): string {
  const link = a.link ?? [];
  const interest = a.interest;
  const lead = en ? ', but it is an interested party: ' : ', mais c\'est une partie intéressée : ';
  if (!interest || interest.via === 'organisation' || interest.ally === undefined || interest.side === undefined) {
    const path = link.map(entityName).join(' → ');
    return en
      ? `${lead}it belongs to the same organisation as the side this claim favours (${path}).`
      : `${lead}elle appartient à la même organisation que le camp que cette affirmation avantage (${path}).`;
  }
  const source = entityName(a.evidence.source);
  const ally = entityName(interest.ally);
  const side = link.slice(link.indexOf(interest.side)).map(entityName).join(' → ');
  if (interest.ally === a.evidence.source) {
    return en
      ? `${lead}${source} is an ally of the side this claim favours (${side}).`
      : `${lead}${source} fait partie des alliés du camp que cette affirmation avantage (${side}).`;
  }
  return en
    ? `${lead}${source} belongs to ${ally}, an ally of the side this claim favours (${side}).`
    : `${lead}${source} relève de ${ally}, allié du camp que cette affirmation avantage (${side}).`;
}

export function explainStatus(
  derivation: StatusDerivation,
  lang: ExplainLang,
  entityName: (id: string) => string,
): StatusExplanation {
  return {
    headline: headline(derivation, lang),
    counted: derivation.assessments.filter((a) => a.counted).map((a) => line(a, lang, entityName)),
    notCounted: derivation.assessments.filter((a) => !a.counted).map((a) => line(a, lang, entityName)),
  };
}
