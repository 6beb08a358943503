// Turns compiled claims into the views the card and popup render, with names resolved and the status
// explained in both UI languages. Built on demand and cached: most claims never appear on a page.
import { explainStatus } from '../core/pack/status.ts';
import type { CompiledClaim, CompiledPack, Entity, LocalizedText } from '../core/pack/types.ts';
import type { ClaimView, EvidenceView } from '../shared/claim-view.ts';
import { deepWithoutBidiControls } from '../shared/plain-text.ts';

export class ClaimViews {
  readonly #entities: ReadonlyMap<string, Entity>;
  readonly #claims: ReadonlyMap<string, CompiledClaim>;
  readonly #cache = new Map<string, ClaimView>();

  constructor(pack: CompiledPack) {
    this.#entities = new Map(pack.entities.map((e) => [e.id, e]));
    this.#claims = new Map(pack.claims.map((c) => [c.id, c]));
  }

  get(claimId: string): ClaimView | undefined {
    const cached = this.#cache.get(claimId);
    if (cached) return cached;
    const claim = this.#claims.get(claimId);
    if (!claim) return undefined;
    // Pack text reaches the page and the popup: no bidi control may reorder the UI text around it.
    const view = deepWithoutBidiControls(this.#build(claim));
    this.#cache.set(claimId, view);
    return view;
  }

  #name(id: string): LocalizedText {
    return this.#entities.get(id)?.name ?? { en: id };
  }

  #affiliation(id: string): LocalizedText[] {
    const chain: LocalizedText[] = [];
    const seen = new Set([id]);
    for (let parent = this.#entities.get(id)?.parent; parent && !seen.has(parent); parent = this.#entities.get(parent)?.parent) {
      seen.add(parent);
      chain.push(this.#name(parent));
    }
    return chain;
  }

  #build(claim: CompiledClaim): ClaimView {
    const claimant = this.#entities.get(claim.claimant);
    const nameIn = (lang: 'fr' | 'en') => (id: string) => {
      const name = this.#name(id);
      return name[lang] ?? name.en ?? id;
    };
    const evidence: EvidenceView[] = claim.derivation.assessments.map((a) => {
      const source = this.#entities.get(a.evidence.source);
      const view: EvidenceView = {
        source: { id: a.evidence.source, name: this.#name(a.evidence.source), kind: source?.kind ?? 'other' },
        relation: a.evidence.relation,
        date: a.evidence.date,
        summary: a.evidence.summary,
        counted: a.counted,
        reason: a.reason,
        ...(a.evidence.url !== undefined && { url: a.evidence.url }),
        ...(a.evidence.rating !== undefined && { rating: a.evidence.rating }),
        ...(a.link !== undefined && { link: a.link.map((id) => this.#name(id)) }),
      };
      return view;
    });
    const appearances = [...(claim.appearances ?? [])].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    const first = appearances[0];
    return {
      id: claim.id,
      status: claim.status,
      text: claim.text,
      date: claim.date,
      claimant: {
        id: claim.claimant,
        name: this.#name(claim.claimant),
        kind: claimant?.kind ?? 'other',
        affiliation: this.#affiliation(claim.claimant),
      },
      ...(claim.spokesperson !== undefined && { spokesperson: claim.spokesperson }),
      ...(first !== undefined && {
        firstAppearance: {
          source: this.#name(first.source),
          ...(first.date !== undefined && { date: first.date }),
          ...(first.url !== undefined && { url: first.url }),
          ...(first.title !== undefined && { title: first.title }),
        },
      }),
      appearances: appearances.map((a) => ({
        source: { id: a.source, name: this.#name(a.source) },
        ...(a.date !== undefined && { date: a.date }),
        ...(a.url !== undefined && { url: a.url }),
      })),
      explanation: {
        fr: explainStatus(claim.derivation, 'fr', nameIn('fr')),
        en: explainStatus(claim.derivation, 'en', nameIn('en')),
      },
      evidence,
    };
  }
}
