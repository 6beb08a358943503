// Reads schema.org ClaimReview JSON-LD: one ClaimReview, an array of them, or a "@graph" (where
// other node types are skipped and { "@id": … } references are followed).
import type { Issues, Obj } from './validate-fields.ts';
import { own } from './validate-fields.ts';
import { describe, isRecord, pathKey } from './rules.ts';
import { day, hostOf, httpsUrl, language, text, type Party, type ReadAppearance, type ReviewedClaim } from './claimreview-read.ts';

/** "ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview", or an array holding one. */
export function hasType(node: Obj, type: string): boolean {
  const value = own(node, '@type');
  const types = Array.isArray(value) ? value : [value];
  return types.some((t) => typeof t === 'string' && t.replace(/^.*[/:#]/, '') === type);
}

type Deref = (value: unknown) => unknown;

export function readJsonLd(data: unknown, issues: Issues): ReviewedClaim[] {
  const nodes: Array<{ node: Obj; path: string }> = [];
  let deref: Deref = (value) => value;
  if (Array.isArray(data)) {
    data.forEach((node, i) => {
      const path = `$[${i}]`;
      if (isRecord(node) && hasType(node, 'ClaimReview')) nodes.push({ node, path });
      else issues.add(path, `expected a ClaimReview object ("@type": "ClaimReview"), got ${describe(node)}`);
    });
  } else if (isRecord(data) && Array.isArray(own(data, '@graph'))) {
    const graph = own(data, '@graph') as unknown[];
    const byId = new Map<string, unknown>();
    graph.forEach((node) => {
      const id = isRecord(node) ? own(node, '@id') : undefined;
      if (typeof id === 'string') byId.set(id, node);
    });
    deref = (value) => {
      const id = isRecord(value) && Object.keys(value).length === 1 ? own(value, '@id') : undefined;
      return typeof id === 'string' && byId.has(id) ? byId.get(id) : value;
    };
    graph.forEach((node, i) => {
      if (isRecord(node) && hasType(node, 'ClaimReview')) nodes.push({ node, path: `$["@graph"][${i}]` });
    });
    if (nodes.length === 0) issues.add('$["@graph"]', 'contains no ClaimReview node');
  } else if (isRecord(data)) {
    nodes.push({ node: data, path: '$' });
  }
  return nodes.flatMap(({ node, path }) => readReview(node, path, issues, deref) ?? []);
}

function readReview(node: Obj, path: string, issues: Issues, deref: Deref): ReviewedClaim | undefined {
  const before = issues.errors.length;
  const claimText = text(node, 'claimReviewed', path, issues, true);
  const lang = readLanguage(node, path, issues);
  const publisher = party(node, 'author', path, issues, deref, true);
  const date = day(node, 'datePublished', path, issues, true);
  const url = httpsUrl(node, 'url', path, issues);
  const title = text(node, 'headline', path, issues) ?? text(node, 'name', path, issues);
  const rating = readRating(node, path, issues, deref);

  let claimant: Party | undefined;
  let claimDate: string | undefined;
  const appearances: ReadAppearance[] = [];
  const itemPath = pathKey(path, 'itemReviewed');
  const item = deref(own(node, 'itemReviewed'));
  if (isRecord(item)) {
    claimant = party(item, 'author', itemPath, issues, deref, false);
    claimDate = day(item, 'datePublished', itemPath, issues);
    for (const key of ['firstAppearance', 'appearance']) {
      const value = own(item, key);
      const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
      list.forEach((entry, i) => {
        const at = Array.isArray(value) ? pathKey(pathKey(itemPath, key), i) : pathKey(itemPath, key);
        const appearance = readAppearance(deref(entry), at, issues, deref);
        if (appearance && !appearances.some((a) => a.url !== undefined && a.url === appearance.url)) appearances.push(appearance);
      });
    }
  } else if (item !== undefined) {
    issues.add(itemPath, `expected the reviewed item (an object with "@type": "Claim"), got ${describe(item)}`);
  }

  if (issues.errors.length > before || !claimText || !lang || !publisher || !date || !rating) return undefined;
  const review = { publisher, rating, date, lang, ...(url ? { url } : {}), ...(title ? { title } : {}) };
  return {
    path,
    text: claimText,
    lang,
    ...(claimant ? { claimant } : {}),
    ...(claimDate ? { date: claimDate } : {}),
    appearances,
    reviews: [review],
  };
}

function readLanguage(node: Obj, path: string, issues: Issues): string | undefined {
  const value = own(node, 'inLanguage');
  if (value === undefined) return 'en';
  const at = pathKey(path, 'inLanguage');
  // schema.org allows a Language object: { "@type": "Language", "name": "French", "alternateName": "fr" }
  const code = isRecord(value) ? own(value, 'alternateName') : value;
  if (typeof code !== 'string') {
    issues.add(at, `expected a language code like "en", got ${describe(value)}`);
    return undefined;
  }
  return language(code, at, issues);
}

/** author / publisher: an object with a name (first of an array), or a bare name. */
function party(node: Obj, key: string, path: string, issues: Issues, deref: Deref, required: boolean): Party | undefined {
  const raw = own(node, key);
  const at = pathKey(path, key);
  if (raw === undefined) {
    if (required) issues.add(at, 'is required but missing (the organisation that published the fact-check)');
    return undefined;
  }
  const value = deref(Array.isArray(raw) ? raw[0] : raw);
  const valuePath = Array.isArray(raw) ? pathKey(at, 0) : at;
  if (typeof value === 'string' && value.trim() !== '') return { name: value.trim(), person: false };
  if (!isRecord(value)) {
    issues.add(valuePath, `expected an object with a "name", got ${describe(value)}`);
    return undefined;
  }
  const name = text(value, 'name', valuePath, issues, true);
  const url = own(value, 'url') === undefined ? undefined : httpsUrl(value, 'url', valuePath, issues);
  if (name === undefined) return undefined;
  return { name, person: hasType(value, 'Person'), ...(url ? { url } : {}) };
}

function readAppearance(value: unknown, path: string, issues: Issues, deref: Deref): ReadAppearance | undefined {
  if (typeof value === 'string') value = { url: value };
  if (!isRecord(value)) {
    issues.add(path, `expected an appearance (an object with a "url"), got ${describe(value)}`);
    return undefined;
  }
  const url = httpsUrl(value, 'url', path, issues);
  const title = text(value, 'headline', path, issues) ?? text(value, 'name', path, issues);
  const date = day(value, 'datePublished', path, issues);
  const publisher = party(value, 'publisher', path, issues, deref, false) ?? party(value, 'author', path, issues, deref, false);
  const source = publisher?.name ?? (url ? hostOf(url) : undefined);
  if (source === undefined) return undefined; // nothing says where it appeared: nothing to record
  return { publisher: source, ...(url ? { url } : {}), ...(title ? { title } : {}), ...(date ? { date } : {}) };
}

/** reviewRating → verbatim rating words: alternateName, else name, else "value/best" for numeric-only ratings. */
function readRating(node: Obj, path: string, issues: Issues, deref: Deref): string | undefined {
  const at = pathKey(path, 'reviewRating');
  const rating = deref(own(node, 'reviewRating'));
  if (rating === undefined) {
    issues.add(at, 'is required but missing (the fact-checker\'s verdict)');
    return undefined;
  }
  if (!isRecord(rating)) {
    issues.add(at, `expected a Rating object, got ${describe(rating)}`);
    return undefined;
  }
  const words = text(rating, 'alternateName', at, issues) ?? text(rating, 'name', at, issues);
  if (words !== undefined) return words;
  const value = text(rating, 'ratingValue', at, issues);
  const best = text(rating, 'bestRating', at, issues);
  if (value !== undefined) return best === undefined ? value : `${value}/${best}`;
  issues.add(at, 'has no "alternateName" (the verdict in words) and no "ratingValue"');
  return undefined;
}
