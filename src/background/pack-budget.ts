// Budgets for imported packs: what one pack, and all imported packs together, may hold. The whole index
// is rebuilt from them after every service-worker restart, so an oversized pack would cost every tab that
// time again and again: it is refused at import with a plain reason, and quarantined if found in storage.
// The figures that set these limits are in docs/adr (reliability-pack-budgets).
import type { Pack } from '../core/pack/types.ts';
import type { BudgetLimit, BudgetProblem } from '../shared/pack-info.ts';

export interface PackBudget {
  readonly claimsPerPack: number;
  readonly claimsTotal: number;
  readonly entitiesPerPack: number;
  readonly nameChars: number;
  readonly textChars: number;
}

export const PACK_BUDGET: PackBudget = {
  /** Claims in one imported pack (the largest real feed we measured, PolitiFact, is 19,250). */
  claimsPerPack: 25_000,
  /** Claims in all enabled imported packs together. */
  claimsTotal: 50_000,
  /** Entities in one pack. */
  entitiesPerPack: 25_000,
  /** Characters of one entity name or alias (real names are under 150). */
  nameChars: 300,
  /** Characters of one claim text, phrasing, summary or description. */
  textChars: 5_000,
};


/**
 * Checks one pack against the per-pack budgets, and against the total with `otherClaims` claims already
 * imported and enabled. Returns the first problem found, or undefined. Linear in the pack's size.
 */
export function checkBudget(pack: Pack, otherClaims = 0, budget: PackBudget = PACK_BUDGET): BudgetProblem | undefined {
  if (pack.claims.length > budget.claimsPerPack) {
    return { limit: 'claims-per-pack', value: pack.claims.length, max: budget.claimsPerPack, path: '$.claims' };
  }
  if (otherClaims + pack.claims.length > budget.claimsTotal) {
    return { limit: 'claims-total', value: otherClaims + pack.claims.length, max: budget.claimsTotal, path: '$.claims' };
  }
  if (pack.entities.length > budget.entitiesPerPack) {
    return { limit: 'entities-per-pack', value: pack.entities.length, max: budget.entitiesPerPack, path: '$.entities' };
  }
  for (const [i, entity] of pack.entities.entries()) {
    const path = `$.entities[${i}]`;
    const problem =
      longest(Object.entries(entity.name), `${path}.name`, budget.nameChars, 'name-chars') ??
      longestList(entity.aliases, `${path}.aliases`, budget.nameChars, 'name-chars') ??
      longest(Object.entries(entity.description ?? {}), `${path}.description`, budget.textChars, 'text-chars');
    if (problem) return problem;
  }
  for (const [i, claim] of pack.claims.entries()) {
    const path = `$.claims[${i}]`;
    const problem =
      longest(Object.entries(claim.text), `${path}.text`, budget.textChars, 'text-chars') ??
      longestList(claim.phrasings, `${path}.phrasings`, budget.textChars, 'text-chars') ??
      longestList(claim.terms, `${path}.terms`, budget.nameChars, 'name-chars') ??
      claim.evidence.reduce<BudgetProblem | undefined>(
        (found, e, j) => found ?? longest(Object.entries(e.summary), `${path}.evidence[${j}].summary`, budget.textChars, 'text-chars'),
        undefined,
      );
    if (problem) return problem;
  }
  return undefined;
}

function longest(entries: [string, string][], path: string, max: number, limit: BudgetLimit): BudgetProblem | undefined {
  for (const [lang, text] of entries) {
    if (text.length > max) return { limit, value: text.length, max, path: `${path}.${lang}` };
  }
  return undefined;
}

function longestList(lists: Readonly<Record<string, readonly string[]>> | undefined, path: string, max: number, limit: BudgetLimit): BudgetProblem | undefined {
  for (const [lang, items] of Object.entries(lists ?? {})) {
    for (const [k, text] of items.entries()) {
      if (text.length > max) return { limit, value: text.length, max, path: `${path}.${lang}[${k}]` };
    }
  }
  return undefined;
}
