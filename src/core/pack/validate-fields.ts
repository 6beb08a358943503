// Field-level checks for pack validation. Each helper reports into a shared error list and returns
// the value only when it is well-formed, so callers keep going and collect every error in one pass.
import type { PackError } from './validate.ts';
import { describe, isHttpsUrl, isId, isIsoDate, isRecord, LANG_PATTERN, MAX_ID_LENGTH, pathKey, quoted } from './rules.ts';

export type Obj = Record<string, unknown>;

export class Issues {
  readonly errors: PackError[] = [];
  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }
}

/** Reads an own property only: a pack saying "toString" must not find Object.prototype's. */
export function own(obj: Obj, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

export function object(value: unknown, path: string, issues: Issues, what: string): Obj | undefined {
  if (isRecord(value)) return value;
  issues.add(path, `expected ${what} (a JSON object), got ${describe(value)}`);
  return undefined;
}

/** Reports missing required fields and fields the format does not know (typos such as "aliasses"). */
export function checkKeys(obj: Obj, path: string, issues: Issues, required: readonly string[], optional: readonly string[]): void {
  for (const key of required) {
    if (own(obj, key) === undefined) issues.add(pathKey(path, key), 'is required but missing');
  }
  const known = new Set([...required, ...optional]);
  for (const key of Object.keys(obj)) {
    if (!known.has(key)) issues.add(pathKey(path, key), `unexpected field (allowed here: ${[...known].join(', ')})`);
  }
}

export function string(obj: Obj, key: string, path: string, issues: Issues): string | undefined {
  const value = own(obj, key);
  if (value === undefined) return undefined;
  const at = pathKey(path, key);
  if (typeof value !== 'string') {
    issues.add(at, `expected a string, got ${describe(value)}`);
    return undefined;
  }
  if (value.trim() === '') {
    issues.add(at, 'expected a non-empty string');
    return undefined;
  }
  return value;
}

export function id(obj: Obj, key: string, path: string, issues: Issues): string | undefined {
  const value = string(obj, key, path, issues);
  if (value === undefined) return undefined;
  if (!isId(value)) {
    issues.add(
      pathKey(path, key),
      `"${value.slice(0, MAX_ID_LENGTH)}" is not a valid id: expected lower-case letters and digits joined by "-", "_" or "." (like "ru-mod"), at most ${MAX_ID_LENGTH} characters`,
    );
    return undefined;
  }
  return value;
}

export function date(obj: Obj, key: string, path: string, issues: Issues): string | undefined {
  const value = string(obj, key, path, issues);
  if (value !== undefined && !isIsoDate(value)) {
    issues.add(pathKey(path, key), `${quoted(value)} is not a real date in the form YYYY-MM-DD`);
    return undefined;
  }
  return value;
}

export function url(obj: Obj, key: string, path: string, issues: Issues): string | undefined {
  const value = string(obj, key, path, issues);
  if (value !== undefined && !isHttpsUrl(value)) {
    issues.add(pathKey(path, key), `"${value.slice(0, 200)}" is not an absolute https:// URL`);
    return undefined;
  }
  if (value !== undefined && hasCredentials(value)) {
    // "https://www.reuters.com@evil.example/" reads as Reuters and leads to evil.example.
    issues.add(pathKey(path, key), `"${value.slice(0, 200)}" contains a user name or password before the host ("name@"): such a link shows one site and leads to another`);
    return undefined;
  }
  return value;
}

function hasCredentials(value: string): boolean {
  const url = new URL(value); // isHttpsUrl has parsed it already
  return url.username !== '' || url.password !== '';
}

export function oneOf<T extends string>(obj: Obj, key: string, path: string, issues: Issues, allowed: readonly T[]): T | undefined {
  const value = string(obj, key, path, issues);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    issues.add(pathKey(path, key), `${quoted(value)} is not one of: ${allowed.join(', ')}`);
    return undefined;
  }
  return value as T;
}

export function array(obj: Obj, key: string, path: string, issues: Issues): readonly unknown[] | undefined {
  const value = own(obj, key);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    issues.add(pathKey(path, key), `expected an array, got ${describe(value)}`);
    return undefined;
  }
  return value;
}

function languageKeys(value: Obj, path: string, issues: Issues): void {
  for (const key of Object.keys(value)) {
    if (!LANG_PATTERN.test(key)) issues.add(pathKey(path, key), `${quoted(key)} is not a language tag (expected like "fr", "en")`);
  }
}

/** { "fr": "…", "en": "…" }: at least one language, every value a non-empty string. */
export function localizedText(obj: Obj, key: string, path: string, issues: Issues): Obj | undefined {
  if (own(obj, key) === undefined) return undefined;
  const at = pathKey(path, key);
  const value = object(own(obj, key), at, issues, 'text per language, like { "fr": "…", "en": "…" }');
  if (!value) return undefined;
  if (Object.keys(value).length === 0) issues.add(at, 'expected text in at least one language, got an empty object');
  languageKeys(value, at, issues);
  for (const lang of Object.keys(value)) string(value, lang, at, issues);
  return value;
}

/** { "fr": ["…"], "en": ["…"] }: every value an array of non-empty strings. */
export function localizedList(obj: Obj, key: string, path: string, issues: Issues): void {
  if (own(obj, key) === undefined) return;
  const at = pathKey(path, key);
  const value = object(own(obj, key), at, issues, 'lists per language, like { "fr": ["…"], "en": ["…"] }');
  if (!value) return;
  languageKeys(value, at, issues);
  for (const lang of Object.keys(value)) {
    const list = array(value, lang, at, issues);
    list?.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') {
        issues.add(pathKey(pathKey(at, lang), i), `expected a non-empty string, got ${describe(item)}`);
      }
    });
  }
}

export function stringList(obj: Obj, key: string, path: string, issues: Issues): string[] {
  const list = array(obj, key, path, issues);
  const out: string[] = [];
  list?.forEach((item, i) => {
    if (typeof item === 'string' && isId(item)) out.push(item);
    else issues.add(pathKey(pathKey(path, key), i), `expected an entity id, got ${describe(item)}`);
  });
  return out;
}
