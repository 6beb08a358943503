// Import of fact-check feeds (schema.org ClaimReview JSON-LD, Google Fact Check Tools API) as a
// Recoupe pack, all or nothing. Mapping:
// - claimReviewed / text → claim text, in the review's language (inLanguage / languageCode, default "en");
// - the claim's author / claimant → an entity (kind "person" for @type Person, else "other"); a feed
//   that names none gets the shared "unknown-claimant" entity (kind "anonymous-source");
// - each review → evidence from its publisher (kind "fact-checker"). The verbatim rating is always kept
//   in `rating`; the relation comes from claimreview-ratings.ts only when the words are unambiguous,
//   otherwise it is 'rated', which never counts (status reason 'rating-unknown');
// - claim date → itemReviewed.datePublished / claimDate; when the feed has none, the earliest review
//   date, which is the latest day by which the claim had been made;
// - JSON-LD ClaimReviews of the same text, claimant and claim date become one claim with several evidence items;
// - ids are slugs of names and texts, numbered on collision ("le-monde", "le-monde-2").
import type { Appearance, Claim, Entity, EntityKind, Evidence, Pack } from './types.ts';
import { validatePack, type PackResult } from './validate.ts';
import { Issues } from './validate-fields.ts';
import { isRecord } from './rules.ts';
import { hasType, readJsonLd } from './claimreview-jsonld.ts';
import { readFactCheckTools } from './claimreview-factcheck.ts';
import type { Party, ReviewedClaim } from './claimreview-read.ts';
import { relationForRating } from './claimreview-ratings.ts';

export { exportClaimReview, type ClaimReviewExportOptions } from './claimreview-export.ts';

export interface ImportOptions {
  packId: string;
  name: string;
  /** Day or timestamp of the import; becomes the pack's version. */
  importedAt: string;
}

export function importClaimReview(data: unknown, options: ImportOptions): PackResult {
  const issues = new Issues();
  let read: ReviewedClaim[] = [];
  try {
    if (isRecord(data) && Object.hasOwn(data, 'claims') && !hasType(data, 'ClaimReview')) read = readFactCheckTools(data, issues);
    else if (Array.isArray(data) || (isRecord(data) && (hasType(data, 'ClaimReview') || Object.hasOwn(data, '@graph')))) read = readJsonLd(data, issues);
    else {
      issues.add(
        '$',
        'expected ClaimReview JSON-LD (an object with "@type": "ClaimReview", an array of them, or a "@graph") or Fact Check Tools API output (an object with "claims")',
      );
    }
  } catch (error) {
    issues.add('$', `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  for (const claim of read) {
    if (claim.date === undefined && claim.reviews.length === 0) {
      issues.add(claim.path, 'has no claim date and no dated review: Recoupe needs the day the claim was made');
    }
  }
  if (issues.errors.length > 0) return { ok: false, errors: issues.errors };
  if (read.length === 0) return { ok: false, errors: [{ path: '$', message: 'contains no claim to import' }] };

  const result = validatePack(buildPack(read, options));
  if (result.ok) return result;
  // Everything read was checked above, so this is a mapping bug or bad options; still never half-import.
  return { ok: false, errors: result.errors.map((e) => ({ path: e.path, message: `in the imported pack: ${e.message}` })) };
}

/** Numbered slugs: the same key always gets the same id, different keys never share one. */
class Ids {
  private readonly used = new Set<string>();
  private readonly byKey = new Map<string, string>();
  constructor(private readonly fallback: string) {}
  get(key: string, label: string): { id: string; fresh: boolean } {
    const known = this.byKey.get(key);
    if (known !== undefined) return { id: known, fresh: false };
    const base = slug(label) || this.fallback;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    this.byKey.set(key, id);
    return { id, fresh: true };
  }
}

export function slug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '');
}

function buildPack(read: ReviewedClaim[], options: ImportOptions): unknown {
  const entities = new Map<string, Entity>();
  const entityIds = new Ids('entity');
  const entity = (name: string, kind: EntityKind, lang: string, url?: string): string => {
    const { id, fresh } = entityIds.get(name.normalize('NFKC').toLowerCase().trim(), name);
    const known = entities.get(id);
    if (fresh) entities.set(id, { id, name: { [lang]: name }, kind, ...(url ? { url } : {}) });
    // Whoever publishes a review is a fact-checker, even if first met as an outlet or a claimant.
    else if (kind === 'fact-checker' && known) entities.set(id, { ...known, kind });
    return id;
  };
  const claimant = (party: Party | undefined, lang: string): string => {
    if (party) return entity(party.name, party.person ? 'person' : 'other', lang, party.url);
    const { id, fresh } = entityIds.get('\u0000unknown', 'unknown-claimant');
    if (fresh) entities.set(id, { id, name: { en: 'Unknown claimant', fr: 'Auteur inconnu' }, kind: 'anonymous-source' });
    return id;
  };

  // Group reviews of the same claim (same words, claimant and date) in first-seen order.
  const groups = new Map<string, ReviewedClaim>();
  for (const claim of read) {
    const key = [claim.text, claim.claimant?.name ?? '', claim.date ?? ''].join('\u0000');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { ...claim, appearances: [...claim.appearances], reviews: [...claim.reviews] });
    else {
      group.reviews.push(...claim.reviews);
      for (const a of claim.appearances) if (!group.appearances.some((g) => g.url === a.url && g.publisher === a.publisher)) group.appearances.push(a);
    }
  }

  const claimIds = new Ids('claim');
  const claims: Claim[] = [...groups.values()].map((group, i) => {
    const claimantId = claimant(group.claimant, group.lang);
    const evidence = group.reviews.map((review): Evidence => ({
      source: entity(review.publisher.name, 'fact-checker', review.lang, review.publisher.url),
      relation: relationForRating(review.rating),
      date: review.date,
      summary: review.title ? { [review.lang]: review.title } : { en: `Rated “${review.rating}” by ${review.publisher.name}.` },
      ...(review.url ? { url: review.url } : {}),
      rating: review.rating,
    }));
    const appearances = group.appearances.map((a): Appearance => ({
      source: entity(a.publisher, 'outlet', group.lang),
      ...(a.date ? { date: a.date } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.title ? { title: a.title } : {}),
    }));
    const earliestReview = group.reviews.map((r) => r.date).sort()[0];
    return {
      id: claimIds.get(String(i), group.text).id,
      claimant: claimantId,
      date: group.date ?? earliestReview ?? '',
      text: { [group.lang]: group.text },
      ...(appearances.length > 0 ? { appearances } : {}),
      evidence,
    };
  });

  const pack: Pack = {
    format: 'recoupe-pack/1',
    id: options.packId,
    name: { en: options.name },
    version: options.importedAt,
    description: { en: `Imported from a fact-check feed (ClaimReview) on ${options.importedAt}.` },
    entities: [...entities.values()],
    claims,
  };
  return pack;
}
