// Export as schema.org ClaimReview JSON-LD. Two modes, because they say different things:
// - 'fact-checks' (default): one ClaimReview per evidence item whose source is a fact-checker (kind
//   "fact-checker", relation not "repeats"), authored by that fact-checker with its verbatim rating.
//   This republishes real reviews faithfully, and importing the output gives back the same pack.
//   Claims that no fact-checker reviewed are not exported: Recoupe does not write reviews in anyone's name.
// - 'derived': one ClaimReview per claim, authored by the pack itself, whose reviewRating.alternateName
//   is Recoupe's derived status ("Unverified") and reviewBody the plain-words explanation. Useful to
//   share a pack's conclusions; it is Recoupe's assessment, not a fact-checker's, and does not round-trip.
import type { Claim, CompiledClaim, CompiledPack, Entity, Evidence, Pack } from './types.ts';
import { compilePacks } from './compile.ts';
import { explainStatus } from './explain.ts';
import { ratingForRelation } from './claimreview-ratings.ts';

export interface ClaimReviewExportOptions {
  mode?: 'fact-checks' | 'derived';
}

const STATUS_NAMES = {
  corroborated: 'Corroborated',
  'partly-corroborated': 'Partly corroborated',
  contested: 'Contested',
  disputed: 'Disputed',
  unverified: 'Unverified',
} as const;

export function exportClaimReview(pack: CompiledPack | Pack, options: ClaimReviewExportOptions = {}): object[] {
  const compiled = pack.format === 'recoupe-compiled/1' ? pack : compilePacks([pack]);
  const entities = new Map(compiled.entities.map((e) => [e.id, e]));
  const name = (id: string, lang?: string): string => nameOf(entities.get(id), id, lang);
  if (options.mode === 'derived') return compiled.claims.map((claim) => derivedReview(claim, compiled, entities, name));
  return compiled.claims.flatMap((claim) =>
    claim.evidence
      .filter((e) => e.relation !== 'repeats' && entities.get(e.source)?.kind === 'fact-checker')
      .map((evidence) => factCheckReview(claim, evidence, entities, name)),
  );
}

function nameOf(entity: Entity | undefined, fallback: string, lang?: string): string {
  if (!entity) return fallback;
  return (lang !== undefined ? entity.name[lang] : undefined) ?? Object.values(entity.name)[0] ?? fallback;
}

/** English when the claim has it (the widest audience for a shared feed), else its first language. */
function claimLanguage(claim: Claim): string {
  return Object.hasOwn(claim.text, 'en') ? 'en' : (Object.keys(claim.text)[0] ?? 'en');
}

function party(entity: Entity | undefined, name: string): object {
  return {
    '@type': entity?.kind === 'person' ? 'Person' : 'Organization',
    name,
    ...(entity?.url ? { url: entity.url } : {}),
  };
}

/** The reviewed Claim: its author (omitted when the claimant is unknown or anonymous), date and appearances. */
function itemReviewed(claim: Claim, entities: ReadonlyMap<string, Entity>, name: (id: string, lang?: string) => string, lang: string): object {
  const claimant = entities.get(claim.claimant);
  const appearances = (claim.appearances ?? []).map((a) => ({
    '@type': 'CreativeWork',
    ...(a.url ? { url: a.url } : {}),
    ...(a.title ? { headline: a.title } : {}),
    ...(a.date ? { datePublished: a.date } : {}),
    publisher: { '@type': 'Organization', name: name(a.source, lang) },
  }));
  return {
    '@type': 'Claim',
    ...(claimant?.kind === 'anonymous-source' ? {} : { author: party(claimant, name(claim.claimant, lang)) }),
    datePublished: claim.date,
    ...(appearances.length > 0 ? { appearance: appearances } : {}),
  };
}

function factCheckReview(
  claim: Claim,
  evidence: Evidence,
  entities: ReadonlyMap<string, Entity>,
  name: (id: string, lang?: string) => string,
): object {
  const lang = claimLanguage(claim);
  const headline = evidence.summary[lang];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(evidence.url ? { url: evidence.url } : {}),
    ...(headline !== undefined ? { headline } : {}),
    claimReviewed: claim.text[lang],
    inLanguage: lang,
    datePublished: evidence.date,
    author: party(entities.get(evidence.source), name(evidence.source, lang)),
    itemReviewed: itemReviewed(claim, entities, name, lang),
    reviewRating: { '@type': 'Rating', alternateName: evidence.rating ?? ratingForRelation(evidence.relation) },
  };
}

function derivedReview(
  claim: CompiledClaim,
  compiled: CompiledPack,
  entities: ReadonlyMap<string, Entity>,
  name: (id: string, lang?: string) => string,
): object {
  const lang = claimLanguage(claim);
  const meta = compiled.packs.find((p) => p.id === claim.packId);
  const packName = meta ? (meta.name.en ?? Object.values(meta.name)[0] ?? meta.id) : claim.packId;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.text[lang],
    inLanguage: lang,
    author: { '@type': 'Organization', name: `Recoupe pack “${packName}”` },
    itemReviewed: itemReviewed(claim, entities, name, lang),
    reviewRating: { '@type': 'Rating', alternateName: STATUS_NAMES[claim.status] },
    reviewBody: explainStatus(claim.derivation, 'en', (id) => name(id, 'en')).headline,
  };
}
