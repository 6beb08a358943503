// The claim-pack data model: what `claims-db/*.json` holds once parsed and validated.
// Human-edited packs and imported packs (ClaimReview, Fact Check Tools) both end up in this shape.
// Status is never stored in a source pack: it is derived from the evidence graph (see status.ts).

/** Languages the bundled pack must carry. Other BCP-47 primary tags may appear in imported packs. */
export type Lang = 'fr' | 'en' | (string & {});

/** Text per language, keyed by BCP-47 primary tag ("fr", "en"). */
export type LocalizedText = Readonly<Record<string, string>>;
/** Lists of strings per language (aliases, phrasings, key terms). */
export type LocalizedList = Readonly<Record<string, readonly string[]>>;

export type EntityKind =
  | 'government'
  | 'ministry'
  | 'armed-forces'
  | 'armed-group'
  | 'monitor'
  | 'ngo'
  | 'news-agency'
  | 'outlet'
  | 'fact-checker'
  | 'person'
  | 'group-of-people'
  | 'anonymous-source'
  | 'other';

export interface Entity {
  readonly id: string;
  readonly name: LocalizedText;
  /** Other names and spellings, per language (Kweires/Kuweires, OSDH/SOHR…). */
  readonly aliases?: LocalizedList;
  readonly kind: EntityKind;
  /** ISO 3166-1 alpha-2 country code, when the entity belongs to one. */
  readonly country?: string;
  /** Organisational parent (a ministry's government, a state broadcaster's state); for a place, the larger place it lies in (a province's country). */
  readonly parent?: string;
  /** Parties on the same side (allies in a conflict). Symmetric: one side declaring it is enough. */
  readonly alignedWith?: readonly string[];
  readonly description?: LocalizedText;
  readonly url?: string;
}

/** A key number in a claim, and the words that say what it counts, so "60 targets" ≠ "94 targets". */
export interface Figure {
  readonly value: number;
  /** Words naming the counted thing, per language: { fr: ["cibles"], en: ["targets"] }. */
  readonly counts: LocalizedList;
}

/** Where a claim was published or relayed. */
export interface Appearance {
  /** Entity id of the outlet or body that published it. */
  readonly source: string;
  /** ISO date (YYYY-MM-DD). */
  readonly date?: string;
  readonly url?: string;
  readonly title?: string;
}

/**
 * 'rated': an imported fact-check whose verbatim rating (in `rating`) does not unambiguously mean
 * true, partly true or false ("Four Pinocchios", "Misleading", "3/5"). Kept so the card can show it,
 * never counted as corroboration or dispute (status.ts gives it the reason 'rating-unknown').
 */
export type EvidenceRelation = 'confirms' | 'partly' | 'disputes' | 'repeats' | 'rated';

export interface Evidence {
  /** Entity id of the source that confirmed, disputed or repeated the claim. */
  readonly source: string;
  readonly relation: EvidenceRelation;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
  /** One line in the editor's own words, per language (en required). */
  readonly summary: LocalizedText;
  /** https URL exactly as found. Optional: never invent one. */
  readonly url?: string;
  /** Free-text rating kept verbatim from an imported fact-check (never mapped by guessing). */
  readonly rating?: string;
}

export interface Claim {
  readonly id: string;
  /** Entity id of who made the claim. */
  readonly claimant: string;
  /** Named person who spoke for the claimant, if any. */
  readonly spokesperson?: string;
  /** ISO date the claim was made (YYYY-MM-DD). */
  readonly date: string;
  /** The claim itself, per language. The bundled pack carries at least fr and en. */
  readonly text: LocalizedText;
  /** Other ways the claim is worded, per language, used by the matcher. */
  readonly phrasings?: LocalizedList;
  readonly figures?: readonly Figure[];
  /** Key terms per language that a sentence stating this claim is likely to contain. */
  readonly terms?: LocalizedList;
  /** Entity ids the claim is about (places, groups), whose aliases help matching. */
  readonly about?: readonly string[];
  /**
   * Entity ids of the side(s) the claim is in the interest of (a claim of Syrian army gains:
   * ["syrian-government"]). Evidence from those sides, their organisations or their allies never
   * counts as confirming it (reason 'interested-party'); it still counts when it disputes.
   */
  readonly favours?: readonly string[];
  readonly appearances?: readonly Appearance[];
  readonly evidence: readonly Evidence[];
}

export interface PackMeta {
  readonly id: string;
  readonly name: LocalizedText;
  /** Semantic or date version of the pack's content. */
  readonly version: string;
  readonly description?: LocalizedText;
}

export interface Pack extends PackMeta {
  /** Format marker, so future readers can refuse or migrate old files. */
  readonly format: 'recoupe-pack/1';
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
}

/** Every corroboration status, the one list the code checks against (messages, CLI, UI). */
export const CLAIM_STATUSES = ['corroborated', 'partly-corroborated', 'contested', 'disputed', 'unverified'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Why an evidence item did or did not count as independent support or dispute. */
export type EvidenceReason =
  | 'independent'
  | 'claimant-itself'
  | 'same-organisation'
  | 'aligned'
  /** confirms/partly from the side the claim favours (same organisation as, or aligned with, a `favours` entity). */
  | 'interested-party'
  | 'repeats-only'
  /** relation 'rated': a fact-check rating that Recoupe does not read as confirming or disputing. */
  | 'rating-unknown';

export interface EvidenceAssessment {
  readonly evidence: Evidence;
  readonly counted: boolean;
  readonly reason: EvidenceReason;
  /**
   * For same-organisation / aligned: the entity ids that link the source to the claimant.
   * For interested-party: the path from the source to the favoured entity (see `interest`).
   */
  readonly link?: readonly string[];
  /** For interested-party: which favoured entity the source is tied to, and how. */
  readonly interest?: InterestLink;
}

/**
 * How an evidence source is tied to a side the claim favours. `organisation`: `link` runs from the
 * source up to a shared ancestor and down to `favoured`. `aligned`: `link` runs from the source up to
 * `ally` (the source itself or an ancestor), then from `side` (aligned with `ally`) down to `favoured`.
 */
export interface InterestLink {
  readonly favoured: string;
  readonly via: 'organisation' | 'aligned';
  readonly ally?: string;
  readonly side?: string;
}

export interface StatusDerivation {
  readonly status: ClaimStatus;
  readonly assessments: readonly EvidenceAssessment[];
}

/** A claim ready for the matcher and the UI: its pack and its derived status travel with it. */
export type CompiledClaim = Claim & {
  readonly packId: string;
  readonly status: ClaimStatus;
  readonly derivation: StatusDerivation;
};

/**
 * Several packs merged (see compile.ts for the id-collision rule). Entity and claim ids are unique
 * across the whole compiled pack; ids renamed on collision take the form `packId:id`.
 */
export interface CompiledPack {
  readonly format: 'recoupe-compiled/1';
  readonly packs: ReadonlyArray<PackMeta & { readonly claimCount: number }>;
  readonly entities: readonly Entity[];
  readonly claims: readonly CompiledClaim[];
}
