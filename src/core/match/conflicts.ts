// Conflicts: evidence in a sentence that it states something other than the claim, even though it shares
// the claim's words. Each is a reason to refuse the match, shown by `recoupe scan --explain`.
import type { Claim } from '../pack/types.ts';
import type { Analysis } from './analyse.ts';

export type ConflictKind = 'figure' | 'subject' | 'places' | 'attempt' | 'date';

export interface Conflict {
  readonly kind: ConflictKind;
  readonly detail: string;
}

export function findConflicts(_sentence: Analysis, _claim: Claim, _lang: string): Conflict[] {
  return [];
}
