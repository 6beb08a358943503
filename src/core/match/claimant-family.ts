// Who speaks for a claimant: the claimant, the organisations above it and those inside it. A sentence
// naming "Moscow" or "Konashenkov" names the Russian Ministry of Defence's family (parent chain and
// members), which supports reading it as that ministry's claim. Allies (alignedWith) are other speakers
// and do not count.
import type { Entity } from '../pack/types.ts';

/** The organisation tree is short; a deeper chain is a cycle or a hostile pack. */
const MAX_DEPTH = 12;

export class ClaimantFamilies {
  readonly #parent = new Map<string, string>();
  readonly #children = new Map<string, string[]>();
  readonly #cache = new Map<string, ReadonlySet<string>>();

  constructor(entities: readonly Entity[]) {
    for (const e of entities) {
      if (e.parent === undefined || e.parent === e.id) continue;
      this.#parent.set(e.id, e.parent);
      const siblings = this.#children.get(e.parent);
      if (siblings) siblings.push(e.id);
      else this.#children.set(e.parent, [e.id]);
    }
  }

  /** The claimant, its ancestors and its descendants. */
  of(claimant: string): ReadonlySet<string> {
    let family = this.#cache.get(claimant);
    if (family) return family;
    const out = new Set<string>([claimant]);
    let p = this.#parent.get(claimant);
    for (let depth = 0; p !== undefined && depth < MAX_DEPTH && !out.has(p); depth++) {
      out.add(p);
      p = this.#parent.get(p);
    }
    const queue: Array<[string, number]> = [[claimant, 0]];
    while (queue.length > 0) {
      const [id, depth] = queue.pop()!;
      if (depth >= MAX_DEPTH) continue;
      for (const child of this.#children.get(id) ?? []) {
        if (out.has(child)) continue;
        out.add(child);
        queue.push([child, depth + 1]);
      }
    }
    family = out;
    this.#cache.set(claimant, family);
    return family;
  }

  /** Whether any of the entities is in the claimant's family. */
  named(claimant: string, entities: ReadonlySet<string>): boolean {
    const family = this.of(claimant);
    for (const e of entities) if (family.has(e)) return true;
    return false;
  }
}
