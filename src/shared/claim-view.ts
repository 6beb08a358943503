// What the UI shows of one claim: everything the in-page card and the popup need, computed once in the
// background from the compiled pack, serialisable across extension messages.
import type { ClaimStatus, EntityKind, EvidenceReason, EvidenceRelation, LocalizedText } from '../core/pack/types.ts';

export interface EvidenceView {
  readonly source: { readonly id: string; readonly name: LocalizedText; readonly kind: EntityKind };
  readonly relation: EvidenceRelation;
  readonly date: string;
  readonly summary: LocalizedText;
  readonly url?: string;
  readonly rating?: string;
  readonly counted: boolean;
  readonly reason: EvidenceReason;
  /** Names of the entities that tie a non-independent source to the claimant (shared parent, ally). */
  readonly link?: readonly LocalizedText[];
}

export interface ClaimView {
  readonly id: string;
  readonly status: ClaimStatus;
  readonly text: LocalizedText;
  readonly date: string;
  readonly claimant: {
    readonly id: string;
    readonly name: LocalizedText;
    readonly kind: EntityKind;
    /** Organisational parents, nearest first (ministry → government). */
    readonly affiliation: readonly LocalizedText[];
  };
  readonly spokesperson?: string;
  readonly firstAppearance?: { readonly source: LocalizedText; readonly date?: string; readonly url?: string; readonly title?: string };
  readonly explanation: { readonly [lang in 'fr' | 'en']: { readonly headline: string; readonly counted: readonly string[]; readonly notCounted: readonly string[] } };
  readonly evidence: readonly EvidenceView[];
}

export { pickText as pick } from '../core/pack/localized.ts';
