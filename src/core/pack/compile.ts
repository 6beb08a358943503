// Merges validated packs into one compiled pack with derived statuses, ready for indexing.
//
// Id collisions between packs (e.g. the bundled pack and an imported one both using "sohr"):
// - an entity identical in both packs is kept once and shared, so independence stays correct;
// - any other colliding entity or claim id from a later pack is renamed `packId:id` (":" never
//   occurs in source ids, so renamed ids cannot collide again), and that pack's references follow;
// - two packs with the same pack id are refused with an Error: that is one pack given twice, or an
//   import that should replace the other, and only the caller can tell which.
import type { Appearance, Claim, CompiledClaim, CompiledPack, Entity, Evidence, Pack } from './types.ts';
import { deriveStatus } from './status.ts';

export type { CompiledClaim, CompiledPack } from './types.ts';

export function compilePacks(packs: readonly Pack[]): CompiledPack {
  const seenPacks = new Set<string>();
  for (const pack of packs) {
    if (seenPacks.has(pack.id)) throw new Error(`cannot compile packs: pack id "${pack.id}" is given twice`);
    seenPacks.add(pack.id);
  }

  const entities = new Map<string, Entity>();
  const merged: Array<{ pack: Pack; claims: Claim[] }> = [];
  const claimIds = new Set<string>();
  for (const pack of packs) {
    const rename = new Map<string, string>();
    const fresh = new Set<Entity>();
    for (const entity of pack.entities) {
      const existing = entities.get(entity.id);
      if (existing === undefined) fresh.add(entity);
      else if (stableJson(existing) !== stableJson(entity)) rename.set(entity.id, `${pack.id}:${entity.id}`);
      // identical: shared, nothing to add
    }
    const ref = (id: string): string => rename.get(id) ?? id;
    for (const entity of pack.entities) {
      if (!fresh.has(entity) && !rename.has(entity.id)) continue;
      entities.set(ref(entity.id), renameEntity(entity, ref));
    }
    const claims = pack.claims.map((claim) => {
      const id = claimIds.has(claim.id) ? `${pack.id}:${claim.id}` : claim.id;
      claimIds.add(id);
      return renameClaim({ ...claim, id }, ref);
    });
    merged.push({ pack, claims });
  }

  const compiled: CompiledClaim[] = merged.flatMap(({ pack, claims }) =>
    claims.map((claim) => {
      const derivation = deriveStatus(claim, entities);
      return { ...claim, packId: pack.id, status: derivation.status, derivation };
    }),
  );
  return {
    format: 'recoupe-compiled/1',
    packs: merged.map(({ pack, claims }) => ({ ...packMeta(pack), claimCount: claims.length })),
    entities: [...entities.values()],
    claims: compiled,
  };
}

function packMeta(pack: Pack) {
  const { id, name, version, description } = pack;
  return description === undefined ? { id, name, version } : { id, name, version, description };
}

function renameEntity(entity: Entity, ref: (id: string) => string): Entity {
  const out: Entity = { ...entity, id: ref(entity.id) };
  if (entity.parent !== undefined) Object.assign(out, { parent: ref(entity.parent) });
  if (entity.alignedWith !== undefined) Object.assign(out, { alignedWith: entity.alignedWith.map(ref) });
  return out;
}

function renameClaim(claim: Claim, ref: (id: string) => string): Claim {
  const out: Claim = {
    ...claim,
    claimant: ref(claim.claimant),
    evidence: claim.evidence.map((e): Evidence => ({ ...e, source: ref(e.source) })),
  };
  if (claim.about !== undefined) Object.assign(out, { about: claim.about.map(ref) });
  if (claim.favours !== undefined) Object.assign(out, { favours: claim.favours.map(ref) });
  if (claim.appearances !== undefined) {
    Object.assign(out, { appearances: claim.appearances.map((a): Appearance => ({ ...a, source: ref(a.source) })) });
  }
  return out;
}

/** JSON with object keys sorted, so key order in the source files does not make entities differ. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
