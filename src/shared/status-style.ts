// How each status looks in a highlight and a badge: colour AND line style differ, so the status reads
// without colour vision too. One palette for every page: each colour's luminance sits near 0.2, so it has
// at least 3:1 contrast (WCAG 1.4.11, non-text) against white AND against dark pages (#121212–#1e1e1e);
// test/unit/ui/status-contrast.test.ts checks it. Badges write the status word in the theme's text colour.
import type { ClaimStatus } from '../core/pack/types.ts';

export interface StatusStyle {
  readonly colour: string;
  readonly line: 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';
  /** i18n message key of the status name. */
  readonly label: string;
}

export const STATUS_STYLES: { readonly [S in ClaimStatus]: StatusStyle } = {
  corroborated: { colour: '#2a8a47', line: 'solid', label: 'status_corroborated' },
  'partly-corroborated': { colour: '#3d7fd6', line: 'dashed', label: 'status_partly_corroborated' },
  contested: { colour: '#8f5bf0', line: 'double', label: 'status_contested' },
  disputed: { colour: '#e0453f', line: 'wavy', label: 'status_disputed' },
  unverified: { colour: '#a86a00', line: 'dotted', label: 'status_unverified' },
};

/** Order in which the popup groups claims: what most needs the reader's attention first. */
export const STATUS_ORDER: readonly ClaimStatus[] = ['disputed', 'contested', 'unverified', 'partly-corroborated', 'corroborated'];
