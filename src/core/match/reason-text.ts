// The reasons of reasons.ts in plain words. The words are the `why_*` messages of _locales: the card
// passes the browser's i18n lookup, the CLI and unit tests a reading of the same files. No imports, so
// the reader bundle (card code) gets this file and nothing of the matcher.

export type MatchReason =
  | { readonly kind: 'wording'; readonly share: number; readonly enough: boolean }
  | { readonly kind: 'names-only' }
  | { readonly kind: 'few-words' }
  | { readonly kind: 'worded-differently' }
  | { readonly kind: 'model' }
  | { readonly kind: 'same-figure'; readonly value: string }
  | { readonly kind: 'other-figure'; readonly said: string; readonly claimed: string }
  /** The sentence tells of an attempt; the claim says it was done. */
  | { readonly kind: 'attempt' }
  /** The sentence says it was done; the claim tells of an attempt. */
  | { readonly kind: 'accomplished' }
  | { readonly kind: 'later-date'; readonly said: string; readonly claimed: string }
  | { readonly kind: 'other-subject'; readonly said: string; readonly claimed: string }
  | { readonly kind: 'other-place'; readonly said: string }
  /** The page was published before the claim was made. */
  | { readonly kind: 'published-before' }
  /** The sentence asks rather than states. */
  | { readonly kind: 'question' }
  | { readonly kind: 'claimant-named' };

/** A message lookup with positional substitutions, like browser.i18n.getMessage. */
export type Translate = (key: string, substitutions?: string[]) => string;

/** One reason in plain words, from the `why_*` messages of _locales. */
export function reasonText(reason: MatchReason, t: Translate): string {
  switch (reason.kind) {
    case 'wording':
      return t(reason.enough ? 'why_wording_enough' : 'why_wording_short', [String(reason.share)]);
    case 'names-only':
      return t('why_names_only');
    case 'few-words':
      return t('why_few_words');
    case 'worded-differently':
      return t('why_worded_differently');
    case 'model':
      return t('why_model');
    case 'same-figure':
      return t('why_same_figure', [reason.value]);
    case 'other-figure':
      return t('why_other_figure', [reason.said, reason.claimed]);
    case 'attempt':
      return t('why_attempt');
    case 'accomplished':
      return t('why_accomplished');
    case 'later-date':
      return t('why_later_date', [reason.said, reason.claimed]);
    case 'other-subject':
      return t('why_other_subject', [reason.said, reason.claimed]);
    case 'other-place':
      return t('why_other_place', [reason.said]);
    case 'published-before':
      return t('why_published_before');
    case 'question':
      return t('why_question');
    case 'claimant-named':
      return t('why_claimant_named');
  }
}
