// Checks one claim of a pack: fields, figures, appearances, evidence. Entity references are not
// resolved here but collected, because entities may be declared anywhere in the pack.
import { EVIDENCE_RELATIONS, pathKey } from './rules.ts';
import type { Issues, Obj } from './validate-fields.ts';
import { array, checkKeys, date, id, localizedList, localizedText, object, oneOf, own, string, stringList, url } from './validate-fields.ts';
import { describe } from './rules.ts';

/** An entity id used somewhere, to resolve once every entity is known. */
export interface Reference {
  readonly id: string;
  readonly path: string;
  readonly role: string;
}

const CLAIM_REQUIRED = ['id', 'claimant', 'date', 'text', 'evidence'] as const;
const CLAIM_OPTIONAL = ['spokesperson', 'phrasings', 'figures', 'terms', 'about', 'favours', 'appearances'] as const;

export function checkClaim(value: unknown, path: string, issues: Issues, refs: Reference[]): string | undefined {
  const claim = object(value, path, issues, 'a claim');
  if (!claim) return undefined;
  checkKeys(claim, path, issues, CLAIM_REQUIRED, CLAIM_OPTIONAL);
  const claimId = id(claim, 'id', path, issues);
  const claimant = id(claim, 'claimant', path, issues);
  if (claimant) refs.push({ id: claimant, path: pathKey(path, 'claimant'), role: 'claimant' });
  string(claim, 'spokesperson', path, issues);
  date(claim, 'date', path, issues);
  localizedText(claim, 'text', path, issues);
  localizedList(claim, 'phrasings', path, issues);
  localizedList(claim, 'terms', path, issues);
  stringList(claim, 'about', path, issues).forEach((about, i) =>
    refs.push({ id: about, path: pathKey(pathKey(path, 'about'), i), role: 'about' }),
  );
  // The sides the claim serves: each must be an entity, so a typo cannot silently switch the rule off.
  stringList(claim, 'favours', path, issues).forEach((favoured, i) =>
    refs.push({ id: favoured, path: pathKey(pathKey(path, 'favours'), i), role: 'favours entry' }),
  );
  array(claim, 'figures', path, issues)?.forEach((figure, i) => checkFigure(figure, pathKey(pathKey(path, 'figures'), i), issues));
  array(claim, 'appearances', path, issues)?.forEach((appearance, i) =>
    checkAppearance(appearance, pathKey(pathKey(path, 'appearances'), i), issues, refs),
  );
  array(claim, 'evidence', path, issues)?.forEach((evidence, i) =>
    checkEvidence(evidence, pathKey(pathKey(path, 'evidence'), i), issues, refs),
  );
  return claimId;
}

function checkFigure(value: unknown, path: string, issues: Issues): void {
  const figure = object(value, path, issues, 'a figure { "value": number, "counts": { "fr": [...], "en": [...] } }');
  if (!figure) return;
  checkKeys(figure, path, issues, ['value', 'counts'], []);
  const number = own(figure, 'value');
  if (number !== undefined && (typeof number !== 'number' || !Number.isFinite(number))) {
    issues.add(pathKey(path, 'value'), `expected a finite number, got ${describe(number)}`);
  }
  localizedList(figure, 'counts', path, issues);
}

function checkAppearance(value: unknown, path: string, issues: Issues, refs: Reference[]): void {
  const appearance = object(value, path, issues, 'an appearance { "source", "date"?, "url"?, "title"? }');
  if (!appearance) return;
  checkKeys(appearance, path, issues, ['source'], ['date', 'url', 'title']);
  const source = id(appearance, 'source', path, issues);
  if (source) refs.push({ id: source, path: pathKey(path, 'source'), role: 'appearance source' });
  date(appearance, 'date', path, issues);
  url(appearance, 'url', path, issues);
  string(appearance, 'title', path, issues);
}

function checkEvidence(value: unknown, path: string, issues: Issues, refs: Reference[]): void {
  const evidence = object(value, path, issues, 'an evidence item { "source", "relation", "date", "summary", "url"? }');
  if (!evidence) return;
  checkKeys(evidence, path, issues, ['source', 'relation', 'date', 'summary'], ['url', 'rating']);
  const source = id(evidence, 'source', path, issues);
  if (source) refs.push({ id: source, path: pathKey(path, 'source'), role: 'evidence source' });
  const relation = oneOf(evidence, 'relation', path, issues, EVIDENCE_RELATIONS);
  date(evidence, 'date', path, issues);
  localizedText(evidence, 'summary', path, issues);
  url(evidence, 'url', path, issues);
  const rating = string(evidence, 'rating', path, issues);
  // 'rated' only exists to carry a verbatim rating that could not be read; without one it says nothing.
  if (relation === 'rated' && rating === undefined && own(evidence, 'rating') === undefined) {
    issues.add(pathKey(path, 'rating'), 'is required when relation is "rated" (the verbatim rating text)');
  }
}

/** Used by validate.ts for entity fields that hold references. */
export function referenceList(obj: Obj, key: string, path: string, issues: Issues, role: string, refs: Reference[]): void {
  stringList(obj, key, path, issues).forEach((ref, i) => refs.push({ id: ref, path: pathKey(pathKey(path, key), i), role }));
}
