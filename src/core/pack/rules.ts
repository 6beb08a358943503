// Small predicates shared by validation, import and compilation, so every entry point agrees on
// what an id, a date, a URL or a language tag looks like.
import type { EntityKind, EvidenceRelation } from './types.ts';

/** Lower-case words of letters and digits joined by "-", "_" or "." ("ru-mod", "syria-2015"). */
export const ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 100;

/** A BCP-47-shaped tag: primary language subtag, optional subtags ("fr", "en", "pt-BR"). */
export const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export const COUNTRY_PATTERN = /^[A-Z]{2}$/;

export const ENTITY_KINDS: readonly EntityKind[] = [
  'government',
  'ministry',
  'armed-forces',
  'armed-group',
  'monitor',
  'ngo',
  'news-agency',
  'outlet',
  'fact-checker',
  'person',
  'group-of-people',
  'anonymous-source',
  'other',
];

export const EVIDENCE_RELATIONS: readonly EvidenceRelation[] = ['confirms', 'partly', 'disputes', 'repeats', 'rated'];

export function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** YYYY-MM-DD naming a day that exists (2015-02-30 does not). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An absolute https URL with a host, written without surrounding or inner whitespace. */
export function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Renders a JSON path segment: `.name` for plain keys, `["odd key"]` otherwise, `[3]` for indices. */
export function pathKey(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value quoted for a message, cut short: a hostile pack's 1 MB string must not become a 1 MB message. */
export function quoted(value: string, max = 80): string {
  return `"${value.length > max ? `${value.slice(0, max)}…` : value}"`;
}

/** Describes a value's JSON type for messages ("got a number"). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? 'a string' : `"${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}
