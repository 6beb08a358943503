// Fuzzes the ClaimReview / Fact Check Tools import with damaged copies of the documented samples and
// with arbitrary JSON. The import is all or nothing: ok with a pack that validates again, or refused
// with located messages; it never throws.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { importClaimReview } from '../../../src/core/pack/claimreview.ts';
import { validatePack, type PackResult } from '../../../src/core/pack/validate.ts';
import { factCheckToolsExample, options, schemaOrgExample } from '../../fixtures/claimreview/samples.ts';

function assertWhole(result: PackResult): void {
  if (result.ok) {
    assert.equal(validatePack(structuredClone(result.pack)).ok, true, 'an imported pack must validate again');
    assert.ok(result.pack.claims.length > 0, 'an import with no claim must be refused');
    return;
  }
  assert.ok(result.errors.length > 0, 'refused without any error');
  for (const e of result.errors) {
    assert.ok(typeof e.path === 'string' && e.path.startsWith('$'), `error path "${e.path}" is not a JSON path`);
    assert.ok(typeof e.message === 'string' && e.message.trim().length > 0, `empty message at ${e.path}`);
    assert.ok(e.message.length < 2_000, `a message must not echo a huge value (${e.message.length} chars at ${e.path})`);
  }
  assert.equal('pack' in result, false, 'a refusal must not carry a pack');
}

/** Never throws, and answers wholly. */
function importWhole(data: unknown): PackResult {
  let result: PackResult | undefined;
  assert.doesNotThrow(() => {
    result = importClaimReview(data, options);
  });
  assertWhole(result!);
  return result!;
}

/** Stands for a 100 000-character string (put in after generation, so a failure report stays readable). */
const HUGE = '<huge>';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function paths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    out.push(path);
    for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  }
  return out;
}

const strangeValue = fc.oneof<fc.Arbitrary<Json>[]>(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('ClaimReview', 'Claim', 'Person', '2019-02-30', '9999-99-99', 'javascript:alert(1)', 'http://insecure.example', '', ' ', '\uD800'),
  fc.constant(HUGE),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const edit = fc.record({
  where: fc.nat(),
  pick: fc.nat(),
  kind: fc.constantFrom('delete', 'swap', 'add', 'proto'),
  value: strangeValue,
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('@type', '@graph', 'claims', 'claimReview', 'author', 'constructor', 'toString')),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function mutate(sample: unknown, edits: readonly Edit[]): unknown {
  const copy = structuredClone(sample) as Record<string | number, unknown>;
  for (const e of edits) {
    const all = paths(copy);
    let node = copy;
    for (const key of all[e.where % all.length]!) node = node[key] as Record<string | number, unknown>;
    const keys = Object.keys(node);
    const key = keys.length > 0 ? keys[e.pick % keys.length]! : e.key;
    // Named keys go on objects only: JSON has no such thing as an array with a "constructor" key.
    const named = Array.isArray(node) ? undefined : node;
    if (Array.isArray(node) && !/^\d+$/.test(key)) continue;
    if (e.kind === 'delete') {
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete node[key];
    } else if (e.kind === 'swap') node[key] = structuredClone(e.value);
    else if (e.kind === 'add' && named) Object.defineProperty(named, e.key, { value: structuredClone(e.value), enumerable: true, writable: true, configurable: true });
    else if (named) Object.defineProperty(named, '__proto__', { value: { '@type': 'ClaimReview', claims: [] }, enumerable: true, writable: true, configurable: true });
  }
  // Through JSON text, as a real file would arrive (and so only what JSON can express).
  return JSON.parse(JSON.stringify(copy).replaceAll(`"${HUGE}"`, `"${'z'.repeat(100_000)}"`)) as unknown;
}

const samples = [
  schemaOrgExample,
  factCheckToolsExample,
  [schemaOrgExample, schemaOrgExample],
  { '@context': 'https://schema.org', '@graph': [schemaOrgExample, { '@type': 'WebPage', name: 'x' }] },
];

describe('ClaimReview import under fuzzing', () => {
  it('imports every untouched sample (the fuzzing starts from valid feeds)', () => {
    for (const sample of samples) assert.equal(importWhole(sample).ok, true);
  });

  it('never throws and answers wholly when keys are deleted, values swapped or added', () => {
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) => {
        importWhole(mutate(samples[i], edits));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON, or on JSON shaped almost like a feed', () => {
    const feedish = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.record({ '@type': fc.constantFrom('ClaimReview', ['ClaimReview'], 'Thing'), claimReviewed: strangeValue, itemReviewed: strangeValue, reviewRating: strangeValue, author: strangeValue, datePublished: strangeValue }, { requiredKeys: ['@type'] }),
      fc.record({ claims: fc.oneof(strangeValue, fc.array(fc.record({ text: strangeValue, claimant: strangeValue, claimDate: strangeValue, claimReview: fc.oneof(strangeValue, fc.array(fc.dictionary(fc.constantFrom('publisher', 'url', 'title', 'reviewDate', 'textualRating', 'languageCode'), strangeValue), { maxLength: 3 })) }, { requiredKeys: [] }), { maxLength: 3 })) }),
      fc.record({ '@graph': fc.oneof(strangeValue, fc.array(strangeValue, { maxLength: 4 })) }),
    );
    fc.assert(
      fc.property(feedish, (data) => {
        importWhole(data);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a feed nested thousands of levels deep without a stack overflow escaping', () => {
    let graph: unknown = schemaOrgExample;
    for (let i = 0; i < 20_000; i++) graph = { '@graph': [graph] };
    importWhole(graph);
    let arrays: unknown = schemaOrgExample;
    for (let i = 0; i < 20_000; i++) arrays = [arrays];
    importWhole(arrays);
  });

  it('imports many reviews of the same claim as one claim, and a thousand distinct claims as a thousand', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...schemaOrgExample, claimReviewed: `The world is flat, claim number ${i}` }));
    const result = importWhole(many);
    assert.ok(result.ok && result.pack.claims.length === 1000);
    const same = importWhole(Array.from({ length: 200 }, () => schemaOrgExample));
    assert.ok(same.ok && same.pack.claims.length === 1);
  });
});
