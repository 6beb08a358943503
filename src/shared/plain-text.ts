// Text from claim packs shown in the UI. Packs are data from outside the code: an explicit bidi control
// (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates) in a name would reverse or reorder
// the UI text after it ("Trojan Source"-style spoofing). They are removed before display; right-to-left
// scripts still display correctly through the ordinary bidi algorithm, which needs no control characters.
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

/**
 * The text for `lang` in a per-language record, falling back to English, then to any language. Own
 * properties only: a page whose lang is "__proto__" or "constructor" must not pick up Object.prototype's.
 */
export function pickText(text: Readonly<Record<string, string>>, lang: string): string {
  const own = (key: string) => (Object.hasOwn(text, key) && typeof text[key] === 'string' ? text[key] : undefined);
  const found = own(lang) ?? own('en') ?? Object.values(text).find((v) => typeof v === 'string') ?? '';
  return withoutBidiControls(found);
}
