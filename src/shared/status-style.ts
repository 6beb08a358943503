// How each status looks in a highlight and a badge: colour AND line style differ, so the status reads
// without colour vision too. Colours meet 3:1 contrast against white and near-white backgrounds.
import type { ClaimStatus } from '../core/pack/types.ts';

export interface StatusStyle {
  readonly colour: string;
  readonly line: 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';
  /** i18n message key of the status name. */
  readonly label: string;
}

export const STATUS_STYLES: { readonly [S in ClaimStatus]: StatusStyle } = {
  corroborated: { colour: '#1b7f3b', line: 'solid', label: 'status_corroborated' },
  'partly-corroborated': { colour: '#1f5fbf', line: 'dashed', label: 'status_partly_corroborated' },
  contested: { colour: '#8a3ffc', line: 'double', label: 'status_contested' },
  disputed: { colour: '#c0262d', line: 'wavy', label: 'status_disputed' },
  unverified: { colour: '#9a5b00', line: 'dotted', label: 'status_unverified' },
};

/** Order in which the popup groups claims: what most needs the reader's attention first. */
export const STATUS_ORDER: readonly ClaimStatus[] = ['disputed', 'contested', 'unverified', 'partly-corroborated', 'corroborated'];
