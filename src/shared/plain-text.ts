// Text from claim packs shown in the UI. Packs are data from outside the code: an explicit bidi control
// (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates) in a name would reverse or reorder
// the UI text after it ("Trojan Source"-style spoofing). They are removed before display; right-to-left
// scripts still display correctly through the ordinary bidi algorithm, which needs no control characters.
import { pickText as pickLocalized } from '../core/pack/localized.ts';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A copy of a JSON-like value (a claim view) with every string stripped of bidi controls. */
export function deepWithoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') return withoutBidiControls(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => deepWithoutBidiControls(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deepWithoutBidiControls(item)])) as T;
  }
  return value;
}

/** The core's one localized-text fallback (own properties only), stripped of bidi controls for display. */
export function pickText(text: Readonly<Record<string, string>>, lang: string): string {
  return withoutBidiControls(pickLocalized(text, lang));
}
