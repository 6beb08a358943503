// Database search for the popup: fuse.js over claim texts, phrasings and claimant names, so spelling
// variants and partial words still find a claim. Built once, on the first search.
import Fuse from 'fuse.js';
import type { CompiledPack, LocalizedText } from '../core/pack/types.ts';

interface Doc {
  readonly id: string;
  readonly texts: string[];
  readonly claimant: string[];
}

const MAX_RESULTS = 20;

export class ClaimSearch {
  readonly #fuse: Fuse<Doc>;

  constructor(pack: CompiledPack) {
    const names = new Map(pack.entities.map((e) => [e.id, e]));
    const all = (t: LocalizedText | undefined) => (t ? Object.values(t) : []);
    const docs: Doc[] = pack.claims.map((c) => {
      const claimant = names.get(c.claimant);
      return {
        id: c.id,
        texts: [...all(c.text), ...Object.values(c.phrasings ?? {}).flat()],
        claimant: [...all(claimant?.name), ...Object.values(claimant?.aliases ?? {}).flat()],
      };
    });
    this.#fuse = new Fuse(docs, {
      keys: [
        { name: 'texts', weight: 2 },
        { name: 'claimant', weight: 1 },
      ],
      ignoreLocation: true,
      ignoreDiacritics: true,
      threshold: 0.35,
      minMatchCharLength: 2,
    });
  }

  search(query: string): string[] {
    const q = query.trim();
    if (q.length < 2) return [];
    return this.#fuse.search(q, { limit: MAX_RESULTS }).map((r) => r.item.id);
  }
}
