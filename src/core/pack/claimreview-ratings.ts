// Reads a fact-checker's verbatim rating as an evidence relation, but only when the words leave no
// doubt. Everything else ("Misleading", "Four Pinocchios", "Mostly false", "3/5") becomes relation
// 'rated': kept verbatim for the reader and never counted, because guessing would invent a verdict.
import type { EvidenceRelation } from './types.ts';

const CONFIRMS = ['true', 'correct', 'accurate', 'vrai', 'exact', 'c est vrai'];
const DISPUTES = ['false', 'fake', 'pants on fire', 'incorrect', 'wrong', 'faux', 'fausse', 'fake news', 'c est faux'];
const PARTLY = [
  'mostly true',
  'half true',
  'partly true',
  'partially true',
  'partly false',
  'partially false',
  'mixture',
  'plutot vrai',
  'en partie vrai',
  'partiellement vrai',
  'partiellement faux',
  'en partie faux',
  'a moitie vrai',
];

const TABLE = new Map<string, 'confirms' | 'partly' | 'disputes'>([
  ...CONFIRMS.map((r) => [r, 'confirms'] as const),
  ...DISPUTES.map((r) => [r, 'disputes'] as const),
  ...PARTLY.map((r) => [r, 'partly'] as const),
]);

/** "Pants on Fire!", "FAUX", "Half-True." → comparable words. */
export function normaliseRating(rating: string): string {
  return rating
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function relationForRating(rating: string): Exclude<EvidenceRelation, 'repeats'> {
  return TABLE.get(normaliseRating(rating)) ?? 'rated';
}

/** Default English rating word for exporting evidence that has no verbatim rating. */
export function ratingForRelation(relation: EvidenceRelation): string | undefined {
  switch (relation) {
    case 'confirms':
      return 'True';
    case 'partly':
      return 'Partly true';
    case 'disputes':
      return 'False';
    default:
      return undefined;
  }
}
