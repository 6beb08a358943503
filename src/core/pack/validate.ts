// Schema check of a parsed recoupe-pack/1. Collects every error with its JSON path; a pack is
// returned only when there are none, so no caller ever works on a half-valid pack.
import type { Pack } from './types.ts';
import { COUNTRY_PATTERN, describe, ENTITY_KINDS, pathKey, quoted } from './rules.ts';
import { checkClaim, referenceList, type Reference } from './validate-claim.ts';
import { array, checkKeys, id, Issues, localizedList, localizedText, object, oneOf, own, string, url } from './validate-fields.ts';

export interface PackError {
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Packs are loaded whole into memory (and, in the extension, into storage): refuse absurd sizes early. */
export const MAX_PACK_BYTES = 32 * 1024 * 1024;

const PACK_REQUIRED = ['format', 'id', 'name', 'version', 'entities', 'claims'] as const;
const PACK_OPTIONAL = ['description'] as const;
const ENTITY_REQUIRED = ['id', 'name', 'kind'] as const;
const ENTITY_OPTIONAL = ['aliases', 'country', 'parent', 'alignedWith', 'description', 'url'] as const;

export function validatePack(data: unknown): PackResult {
  const issues = new Issues();
  try {
    checkPack(data, issues);
  } catch (error) {
    // Only reachable with inputs JSON cannot produce (proxies, throwing getters); still never throw.
    issues.add('$', `could not be read as a pack (${error instanceof Error ? error.message : String(error)})`);
  }
  return issues.errors.length === 0 ? { ok: true, pack: data as Pack } : { ok: false, errors: issues.errors };
}

function checkPack(data: unknown, issues: Issues): void {
  const pack = object(data, '$', issues, 'a Recoupe pack');
  if (!pack) return;
  checkKeys(pack, '$', issues, PACK_REQUIRED, PACK_OPTIONAL);
  const format = own(pack, 'format');
  if (format !== undefined && format !== 'recoupe-pack/1') {
    issues.add('$.format', `unsupported format ${typeof format === 'string' ? quoted(format) : describe(format)}: expected "recoupe-pack/1"`);
  }
  id(pack, 'id', '$', issues);
  localizedText(pack, 'name', '$', issues);
  string(pack, 'version', '$', issues);
  localizedText(pack, 'description', '$', issues);

  const refs: Reference[] = [];
  const parents = new Map<string, string>();
  const entityIds = new Map<string, string>(); // id → path of its first declaration
  array(pack, 'entities', '$', issues)?.forEach((value, i) => {
    const path = `$.entities[${i}]`;
    const entityId = checkEntity(value, path, issues, refs, parents);
    if (entityId === undefined) return;
    const first = entityIds.get(entityId);
    if (first !== undefined) issues.add(`${path}.id`, `duplicate entity id "${entityId}" (first declared at ${first})`);
    else entityIds.set(entityId, path);
  });

  const claimIds = new Map<string, string>();
  array(pack, 'claims', '$', issues)?.forEach((value, i) => {
    const path = `$.claims[${i}]`;
    const claimId = checkClaim(value, path, issues, refs);
    if (claimId === undefined) return;
    const first = claimIds.get(claimId);
    if (first !== undefined) issues.add(`${path}.id`, `duplicate claim id "${claimId}" (first declared at ${first})`);
    else claimIds.set(claimId, path);
  });

  for (const ref of refs) {
    if (!entityIds.has(ref.id)) issues.add(ref.path, `${ref.role} "${ref.id}" is not an entity of this pack (no entity has this id)`);
  }
  checkParentCycles(parents, entityIds, issues);
}

function checkEntity(value: unknown, path: string, issues: Issues, refs: Reference[], parents: Map<string, string>): string | undefined {
  const entity = object(value, path, issues, 'an entity');
  if (!entity) return undefined;
  checkKeys(entity, path, issues, ENTITY_REQUIRED, ENTITY_OPTIONAL);
  const entityId = id(entity, 'id', path, issues);
  localizedText(entity, 'name', path, issues);
  localizedList(entity, 'aliases', path, issues);
  oneOf(entity, 'kind', path, issues, ENTITY_KINDS);
  const country = string(entity, 'country', path, issues);
  if (country !== undefined && !COUNTRY_PATTERN.test(country)) {
    issues.add(`${path}.country`, `${quoted(country)} is not an ISO 3166-1 alpha-2 country code (two capital letters, like "RU")`);
  }
  const parent = id(entity, 'parent', path, issues);
  if (parent !== undefined) {
    refs.push({ id: parent, path: `${path}.parent`, role: 'parent' });
    if (entityId !== undefined && !parents.has(entityId)) parents.set(entityId, parent);
  }
  referenceList(entity, 'alignedWith', path, issues, 'alignedWith entry', refs);
  const aligned = own(entity, 'alignedWith');
  if (entityId !== undefined && Array.isArray(aligned) && aligned.includes(entityId)) {
    issues.add(pathKey(path, 'alignedWith'), `entity "${entityId}" cannot be aligned with itself`);
  }
  localizedText(entity, 'description', path, issues);
  url(entity, 'url', path, issues);
  return entityId;
}

/** An organisation cannot be its own ancestor; report each loop once, at its first entity. */
function checkParentCycles(parents: ReadonlyMap<string, string>, declared: ReadonlyMap<string, string>, issues: Issues): void {
  const reported = new Set<string>();
  for (const start of parents.keys()) {
    const chain = [start];
    let current = parents.get(start);
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = parents.get(current);
    }
    if (current !== start || reported.has(start)) continue;
    chain.forEach((member) => reported.add(member));
    issues.add(`${declared.get(start) ?? '$.entities'}.parent`, `parent chain loops back: ${[...chain, start].join(' → ')}`);
  }
}

/**
 * Extra rules for packs shipped in claims-db/: the extension's UI and matcher need French and English
 * for every claim, and an English summary for every evidence item. Run after validatePack succeeded.
 */
export function validateBundledPack(pack: Pack): PackError[] {
  const errors: PackError[] = [];
  pack.claims.forEach((claim, i) => {
    for (const lang of ['fr', 'en']) {
      if (!Object.hasOwn(claim.text, lang)) errors.push({ path: `$.claims[${i}].text`, message: `missing "${lang}" text (bundled packs need fr and en)` });
    }
    claim.evidence.forEach((evidence, j) => {
      if (!Object.hasOwn(evidence.summary, 'en')) {
        errors.push({ path: `$.claims[${i}].evidence[${j}].summary`, message: 'missing "en" summary (bundled packs need an English summary)' });
      }
    });
  });
  return errors;
}

/** JSON.parse + validatePack, turning parse failures and oversized input into PackErrors. */
export function parsePackText(text: string, source: string, maxBytes: number = MAX_PACK_BYTES): PackResult {
  const bytes = text.length * 3 <= maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > maxBytes) {
    return { ok: false, errors: [{ path: '$', message: `${source} is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit for a pack` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, errors: [{ path: '$', message: `${source} is not valid JSON: ${describeJsonError(error, text)}` }] };
  }
  return validatePack(data);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}

/** V8 reports a character position; people need a line and a column. */
function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const bare = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
  if (!position) return bare;
  const offset = Number(position[1]) + (text.startsWith('\uFEFF') ? 1 : 0);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${bare}`;
}
