// Derives a claim's corroboration status from its evidence and the entity graph. Status is never
// typed into a pack: it follows from who said what, so an editor cannot overstate support.
import type { Claim, ClaimStatus, Entity, Evidence, EvidenceAssessment, InterestLink, StatusDerivation } from './types.ts';

export { explainStatus } from './explain.ts';

type Entities = ReadonlyMap<string, Entity>;

/** [id, parent, grandparent, …]; stops on unknown ids and on loops (validation reports those). */
export function ancestry(id: string, entities: Entities): string[] {
  const chain = [id];
  let parent = entities.get(id)?.parent;
  while (parent !== undefined && !chain.includes(parent)) {
    chain.push(parent);
    parent = entities.get(parent)?.parent;
  }
  return chain;
}

/**
 * Path from `source` up to the nearest ancestor it shares with `claimant`, then down to `claimant`
 * (["ru-mod-press", "ru-mod", "ru-gov", "ru-army"]); undefined when the trees are separate.
 */
function organisationLink(sourceChain: readonly string[], claimantChain: readonly string[]): string[] | undefined {
  for (let i = 0; i < sourceChain.length; i++) {
    const j = claimantChain.indexOf(sourceChain[i]!);
    if (j !== -1) return [...sourceChain.slice(0, i + 1), ...claimantChain.slice(0, j).reverse()];
  }
  return undefined;
}

/** Alignment is inherited through parents and symmetric: returns [sourceSide, claimantSide]. */
function alignmentLink(sourceChain: readonly string[], claimantChain: readonly string[], entities: Entities): string[] | undefined {
  for (const a of sourceChain) {
    for (const b of claimantChain) {
      if (entities.get(a)?.alignedWith?.includes(b) || entities.get(b)?.alignedWith?.includes(a)) return [a, b];
    }
  }
  return undefined;
}

/**
 * The first favoured entity the source is tied to, through a shared organisation or an alignment,
 * with the path that ties them; undefined when the source is outside every favoured side.
 */
export function interestLink(
  source: string,
  favours: readonly string[],
  entities: Entities,
): { link: string[]; interest: InterestLink } | undefined {
  const sourceChain = ancestry(source, entities);
  for (const favoured of favours) {
    const favouredChain = ancestry(favoured, entities);
    const organisation = organisationLink(sourceChain, favouredChain);
    if (organisation) return { link: organisation, interest: { favoured, via: 'organisation' } };
    const aligned = alignmentLink(sourceChain, favouredChain, entities);
    if (aligned) {
      const [ally, side] = aligned as [string, string];
      const up = sourceChain.slice(0, sourceChain.indexOf(ally) + 1);
      const down = favouredChain.slice(0, favouredChain.indexOf(side) + 1).reverse();
      return { link: [...up, ...down], interest: { favoured, via: 'aligned', ally, side } };
    }
  }
  return undefined;
}

export function assessEvidence(evidence: Evidence, claimant: string, entities: Entities, favours: readonly string[] = []): EvidenceAssessment {
  const notCounted = (reason: EvidenceAssessment['reason'], link?: string[]): EvidenceAssessment =>
    link ? { evidence, counted: false, reason, link } : { evidence, counted: false, reason };
  if (evidence.source === claimant) return notCounted('claimant-itself');
  const sourceChain = ancestry(evidence.source, entities);
  const claimantChain = ancestry(claimant, entities);
  const organisation = organisationLink(sourceChain, claimantChain);
  if (organisation) return notCounted('same-organisation', organisation);
  const aligned = alignmentLink(sourceChain, claimantChain, entities);
  if (aligned) return notCounted('aligned', aligned);
  if (evidence.relation === 'repeats') return notCounted('repeats-only');
  if (evidence.relation === 'rated') return notCounted('rating-unknown');
  // A side confirming what is in its own interest is not independent support; disputing it still counts.
  if (evidence.relation === 'confirms' || evidence.relation === 'partly') {
    const interested = interestLink(evidence.source, favours, entities);
    if (interested) return { evidence, counted: false, reason: 'interested-party', link: interested.link, interest: interested.interest };
  }
  return { evidence, counted: true, reason: 'independent' };
}

export function statusFrom(assessments: readonly EvidenceAssessment[]): ClaimStatus {
  const counted = assessments.filter((a) => a.counted).map((a) => a.evidence.relation);
  const disputes = counted.includes('disputes');
  const confirms = counted.includes('confirms');
  const partly = counted.includes('partly');
  if (disputes && (confirms || partly)) return 'contested';
  if (disputes) return 'disputed';
  if (confirms) return 'corroborated';
  if (partly) return 'partly-corroborated';
  return 'unverified';
}

export function deriveStatus(claim: Claim, entities: Entities): StatusDerivation {
  const assessments = claim.evidence.map((evidence) => assessEvidence(evidence, claim.claimant, entities, claim.favours));
  return { status: statusFrom(assessments), assessments };
}
