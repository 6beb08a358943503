// Reads ClaimReview JSON-LD and Fact Check Tools claims:search output into one neutral shape
// (ReviewedClaim), reporting every unreadable field with its path in the input document.
import { describe, isHttpsUrl, isIsoDate, isRecord, pathKey } from './rules.ts';
import type { Issues, Obj } from './validate-fields.ts';
import { own } from './validate-fields.ts';

export interface Party {
  readonly name: string;
  readonly person: boolean;
  readonly url?: string;
}

export interface ReadReview {
  readonly publisher: Party;
  readonly rating: string;
  readonly date: string;
  readonly lang: string;
  readonly url?: string;
  readonly title?: string;
}

export interface ReadAppearance {
  readonly url?: string;
  readonly title?: string;
  readonly date?: string;
  /** Publisher's name, or the URL's host when the document names none. */
  readonly publisher: string;
}

export interface ReviewedClaim {
  readonly path: string;
  readonly text: string;
  readonly lang: string;
  readonly claimant?: Party;
  readonly date?: string;
  readonly appearances: ReadAppearance[];
  readonly reviews: ReadReview[];
}

/** Reads a text value: a string, or JSON-LD's { "@value": "…" }. */
export function text(obj: Obj, key: string, path: string, issues: Issues, required = false): string | undefined {
  let value = own(obj, key);
  if (isRecord(value) && typeof own(value, '@value') === 'string') value = own(value, '@value');
  if (value === undefined || value === null) {
    if (required) issues.add(pathKey(path, key), 'is required but missing');
    return undefined;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value.trim() === '') {
    issues.add(pathKey(path, key), `expected a non-empty string, got ${describe(value)}`);
    return undefined;
  }
  return value.trim();
}

/** A date or timestamp ("2016-06-20", "2019-01-15T10:00:00Z") reduced to its YYYY-MM-DD day. */
export function day(obj: Obj, key: string, path: string, issues: Issues, required = false): string | undefined {
  const value = text(obj, key, path, issues, required);
  if (value === undefined) return undefined;
  const prefix = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value)?.[1];
  if (prefix === undefined || !isIsoDate(prefix)) {
    issues.add(pathKey(path, key), `"${value.slice(0, 60)}" is not a date (expected YYYY-MM-DD or an ISO timestamp)`);
    return undefined;
  }
  return prefix;
}

export function httpsUrl(obj: Obj, key: string, path: string, issues: Issues): string | undefined {
  const value = text(obj, key, path, issues);
  if (value !== undefined && !isHttpsUrl(value)) {
    issues.add(pathKey(path, key), `"${value.slice(0, 200)}" is not an absolute https:// URL`);
    return undefined;
  }
  return value;
}

/** "en-US", "FR" → "en", "fr": packs key texts by primary language subtag. */
export function language(value: string, path: string, issues: Issues): string | undefined {
  const primary = value.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (/^[a-z]{2,3}$/.test(primary)) return primary;
  issues.add(path, `"${value.slice(0, 40)}" is not a language code (expected like "en", "fr-FR")`);
  return undefined;
}

export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
