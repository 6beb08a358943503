// Editorial checks on a schema-valid pack, run by `recoupe check`: mistakes that validation cannot
// see because every field is well-formed, yet the derived status would be wrong or the pack bloated.
// Each rule is one function, so its reasoning stays next to its message.
import { stableJson } from './compile.ts';
import { deriveStatus, interestLink } from './status.ts';
import type { Claim, Entity, EntityKind, EvidenceAssessment, Figure, Pack } from './types.ts';
import type { PackError } from './validate.ts';

type Entities = ReadonlyMap<string, Entity>;

/** Entity kinds that can be a side of a conflict (and so have an interest in a claim about them). */
const PARTY_KINDS: ReadonlySet<EntityKind> = new Set(['government', 'ministry', 'armed-forces', 'armed-group']);

export function lintPack(pack: Pack): PackError[] {
  const entities: Entities = new Map(pack.entities.map((e) => [e.id, e]));
  const errors: PackError[] = [...duplicateClaims(pack.claims)];
  pack.claims.forEach((claim, i) => {
    const path = `$.claims[${i}]`;
    const { assessments } = deriveStatus(claim, entities);
    errors.push(...evidenceBeforeClaim(claim, path));
    errors.push(...relayCountedAsIndependent(claim, assessments, path, entities));
    errors.push(...interestedPartyCounted(claim, assessments, path, entities));
  });
  return errors;
}

const name = (id: string, entities: Entities): string => entities.get(id)?.name.en ?? id;

/** Same value, and the counted words overlap in some language ("60 targets" ≈ "60 terrorist targets", ≠ "60 strikes"). */
function sameFigure(a: Figure, b: Figure): boolean {
  if (a.value !== b.value) return false;
  const words = (f: Figure) => new Set(Object.values(f.counts).flat().map((w) => w.toLowerCase()));
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

function sameFigures(a: readonly Figure[], b: readonly Figure[]): boolean {
  if (a.length !== b.length) return false;
  const rest = [...b];
  for (const f of a) {
    const j = rest.findIndex((g) => sameFigure(f, g));
    if (j === -1) return false;
    rest.splice(j, 1);
  }
  return true;
}

/**
 * Two claims by the same claimant on the same day with the same figures are almost certainly one
 * statement entered twice (e.g. from two relays). Claims without figures are not compared: a
 * ministry makes several figure-less assertions in one communiqué.
 */
function duplicateClaims(claims: readonly Claim[]): PackError[] {
  const errors: PackError[] = [];
  claims.forEach((claim, i) => {
    const figures = claim.figures ?? [];
    if (figures.length === 0) return;
    const first = claims.findIndex(
      (other, j) => j < i && other.claimant === claim.claimant && other.date === claim.date && sameFigures(other.figures ?? [], figures),
    );
    if (first === -1) return;
    const values = figures.map((f) => f.value).join(', ');
    errors.push({
      path: `$.claims[${i}]`,
      message: `duplicate of $.claims[${first}] ("${claims[first]!.id}"): same claimant "${claim.claimant}", same date ${claim.date} and same figures (${values}); merge them (add the other wording as a phrasing)`,
    });
  });
  return errors;
}

/**
 * Evidence older than the claim cannot confirm it: nobody checks a statement before it is made, and
 * an older report is about an earlier state of things (the audit's 9-days-earlier item). A relay
 * cannot precede what it relays either: if it does, the claim's date is wrong. A dispute may come
 * first (an earlier, fuller report contradicting a later one), so it is allowed.
 */
function evidenceBeforeClaim(claim: Claim, path: string): PackError[] {
  const errors: PackError[] = [];
  claim.evidence.forEach((e, j) => {
    if (e.date >= claim.date) return;
    if (e.relation === 'confirms' || e.relation === 'partly') {
      errors.push({
        path: `${path}.evidence[${j}].date`,
        message: `evidence dated ${e.date} is older than the claim (${claim.date}): it cannot ${e.relation === 'confirms' ? 'confirm' : 'partly confirm'} it; drop it, or date it by the statement it reports`,
      });
    } else if (e.relation === 'repeats') {
      errors.push({
        path: `${path}.evidence[${j}].date`,
        message: `a relay dated ${e.date} cannot precede the claim it repeats (${claim.date}): check the claim's date`,
      });
    }
  });
  return errors;
}

/**
 * A source listed in the claim's `appearances` published or relayed the claim itself; if it also
 * counts as confirming it, the claim is corroborated by its own echo. The fix is `repeats`, or
 * crediting whoever actually established the fact (README: evidence source = who found it).
 */
function relayCountedAsIndependent(claim: Claim, assessments: readonly EvidenceAssessment[], path: string, entities: Entities): PackError[] {
  const relays = new Set((claim.appearances ?? []).map((a) => a.source));
  const errors: PackError[] = [];
  assessments.forEach((a, j) => {
    if (!a.counted || a.evidence.relation === 'disputes' || !relays.has(a.evidence.source)) return;
    errors.push({
      path: `${path}.evidence[${j}].source`,
      message: `"${a.evidence.source}" (${name(a.evidence.source, entities)}) is among the claim's appearances (it published the claim) yet counts as independent ${a.evidence.relation === 'confirms' ? 'confirmation' : 'partial confirmation'}: use relation "repeats", or credit the source that established the fact`,
    });
  });
  return errors;
}

/**
 * Evidence tied to a party the claim is about (its organisation or its allies) that counts as
 * confirming a claim with no `favours`: Al-Manar confirming the army's gains in SOHR's claim was
 * exactly this. Declaring `favours` settles it either way: the side it serves stops counting; a side
 * confirming a claim against its own interest (an admission) keeps counting.
 */
function interestedPartyCounted(claim: Claim, assessments: readonly EvidenceAssessment[], path: string, entities: Entities): PackError[] {
  if (claim.favours !== undefined) return [];
  const parties = (claim.about ?? []).filter((id) => PARTY_KINDS.has(entities.get(id)?.kind ?? 'other'));
  const errors: PackError[] = [];
  assessments.forEach((a, j) => {
    if (!a.counted || (a.evidence.relation !== 'confirms' && a.evidence.relation !== 'partly')) return;
    const tie = interestLink(a.evidence.source, parties, entities);
    if (!tie) return;
    const via = tie.link.map((id) => name(id, entities)).join(' → ');
    errors.push({
      path: `${path}.evidence[${j}].source`,
      message: `"${a.evidence.source}" counts as independent but is tied to "${tie.interest.favoured}", a party the claim is about (${via}): declare the side the claim favours with "favours" (it stops counting if that is its own side)`,
    });
  });
  return errors;
}

/**
 * Bundled packs are compiled into one index, where an entity id defined differently in two packs is
 * renamed `packId:id` in the later one; its parent and alignment links then point at the other copy
 * and independence checks silently break. Reports each differing copy with the fields that differ.
 */
export function sharedEntityConflicts(packs: ReadonlyArray<{ readonly file: string; readonly pack: Pack }>): Array<{ file: string; error: PackError }> {
  const first = new Map<string, { file: string; entity: Entity }>();
  const out: Array<{ file: string; error: PackError }> = [];
  for (const { file, pack } of packs) {
    pack.entities.forEach((entity, i) => {
      const seen = first.get(entity.id);
      if (!seen) {
        first.set(entity.id, { file, entity });
        return;
      }
      const fields = differingFields(seen.entity, entity);
      if (fields.length === 0) return;
      out.push({
        file,
        error: {
          path: `$.entities[${i}]`,
          message: `entity "${entity.id}" differs from its definition in ${seen.file} (${fields.join(', ')}); bundled packs must share entities unchanged, or compile renames it "${pack.id}:${entity.id}" and independence checks break`,
        },
      });
    });
  }
  return out;
}

function differingFields(a: Entity, b: Entity): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const get = (e: Entity, k: string) => stableJson((e as unknown as Record<string, unknown>)[k]);
  return keys.filter((k) => get(a, k) !== get(b, k));
}
