// The one localized-text fallback: the requested language, then English, then any language the item
// has. Own properties only: a page's `lang="__proto__"` must not read Object.prototype (issue #13).
import type { LocalizedText } from './types.ts';

export function pickText(text: LocalizedText, lang: string | undefined): string {
  const own = (key: string): string | undefined => (Object.hasOwn(text, key) && typeof text[key] === 'string' ? text[key] : undefined);
  return (lang !== undefined ? own(lang) : undefined) ?? own('en') ?? Object.values(text).find((v) => typeof v === 'string') ?? '';
}
