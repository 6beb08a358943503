// The page's language as the matcher and the card use it: the primary subtag of <html lang>, only when
// the attribute looks like a BCP-47 tag. The page controls this string: "__proto__", "constructor" or a
// megabyte of text must read as "no language", never reach a lookup table as a key.
const BCP47ISH = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/;

export function pageLanguage(doc: Document): string | null {
  return languageOf(doc.documentElement.lang);
}

export function languageOf(attribute: string): string | null {
  const tag = attribute.trim().toLowerCase().replace(/_/g, '-');
  if (tag.length > 35 || !BCP47ISH.test(tag)) return null;
  return tag.split('-')[0]!;
}
