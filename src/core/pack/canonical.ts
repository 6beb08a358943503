// Canonical text of a pack: keys in the order the types.ts interfaces declare them, language keys
// "fr", "en" then the others alphabetically, 2-space indent, final newline. Editors may write packs by
// hand in any order; `recoupe check --fix` rewrites them so diffs stay small and reviewable.
import type { Pack } from './types.ts';
import { isRecord } from './rules.ts';

type Shape = (value: unknown) => unknown;

const PREFERRED_LANGS = ['fr', 'en'];

const localized: Shape = (value) => {
  if (!isRecord(value)) return value;
  const keys = Object.keys(value).sort((a, b) => langRank(a) - langRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, value[key]]));
};

function langRank(lang: string): number {
  const i = PREFERRED_LANGS.indexOf(lang);
  return i === -1 ? PREFERRED_LANGS.length : i;
}

/**
 * Orders an object's keys as listed, shaping nested values; unknown keys (only present in packs that
 * failed validation) are kept after the known ones so formatting never loses data.
 */
function ordered(fields: ReadonlyArray<readonly [string, Shape?]>): Shape {
  return (value) => {
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, shape] of fields) {
      if (Object.hasOwn(value, key) && value[key] !== undefined) out[key] = shape ? shape(value[key]) : value[key];
    }
    for (const key of Object.keys(value)) if (!Object.hasOwn(out, key)) out[key] = value[key];
    return out;
  };
}

function each(shape: Shape): Shape {
  return (value) => (Array.isArray(value) ? value.map(shape) : value);
}

const entity = ordered([
  ['id'],
  ['name', localized],
  ['aliases', localized],
  ['kind'],
  ['country'],
  ['parent'],
  ['alignedWith'],
  ['description', localized],
  ['url'],
]);

const figure = ordered([['value'], ['counts', localized]]);
const appearance = ordered([['source'], ['date'], ['url'], ['title']]);
const evidence = ordered([['source'], ['relation'], ['date'], ['summary', localized], ['url'], ['rating']]);

const claim = ordered([
  ['id'],
  ['claimant'],
  ['spokesperson'],
  ['date'],
  ['text', localized],
  ['phrasings', localized],
  ['figures', each(figure)],
  ['terms', localized],
  ['about'],
  ['favours'],
  ['appearances', each(appearance)],
  ['evidence', each(evidence)],
]);

// Pack extends PackMeta, so the format marker comes first as a file header, then PackMeta's fields.
const pack = ordered([
  ['format'],
  ['id'],
  ['name', localized],
  ['version'],
  ['description', localized],
  ['entities', each(entity)],
  ['claims', each(claim)],
]);

export function formatPack(value: Pack): string {
  return `${JSON.stringify(pack(value), null, 2)}\n`;
}

/** True when `text` is exactly what formatPack would write for the pack it contains. */
export function isCanonical(text: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return false;
  }
  return formatPack(data as Pack) === text;
}
