// Fuzzes pack loading with damaged copies of the real bundled pack: truncated, with characters flipped
// or inserted, keys deleted, types swapped, nested deep, strings huge. Loading must never throw, and its
// answer must be whole: either ok with a pack that validates again, or refused with located messages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parsePackText, validatePack, type PackResult } from '../../../src/core/pack/validate.ts';

const packText = readFileSync(new URL('../../../claims-db/syria-2015.json', import.meta.url), 'utf8');
const pack = JSON.parse(packText) as Record<string, unknown>;

/** The invariant every load answer must keep. */
function assertWhole(result: PackResult): void {
  if (result.ok) {
    assert.ok(result.pack && typeof result.pack === 'object', 'ok without a pack');
    assert.equal(validatePack(structuredClone(result.pack)).ok, true, 'an accepted pack must validate again');
    return;
  }
  assert.ok(Array.isArray(result.errors) && result.errors.length > 0, 'refused without any error');
  for (const e of result.errors) {
    assert.equal(typeof e.path, 'string');
    assert.ok(e.path.startsWith('$'), `error path "${e.path}" is not a JSON path`);
    assert.equal(typeof e.message, 'string');
    assert.ok(e.message.trim().length > 0, `empty message at ${e.path}`);
    assert.ok(e.message.length < 2_000, `a message must not echo a huge value (${e.message.length} chars at ${e.path})`);
  }
  assert.equal('pack' in result, false, 'a refusal must not carry a pack');
}

const load = (text: string): PackResult => parsePackText(text, 'fuzz.json');

/** Every JSON path (as key lists) of objects and arrays inside `value`. */
function containers(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    out.push(path);
    for (const [k, v] of Object.entries(value)) containers(v, [...path, k], out);
  }
  return out;
}
const allPaths = containers(pack);

function at(root: unknown, path: readonly (string | number)[]): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}

const strangeValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.constant([]),
  fc.constant({}),
  fc.constant('x'.repeat(200_000)),
  fc.constant('\uD800'),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);

/** One structural edit of a parsed copy of the pack. */
const edit = fc.record({
  where: fc.nat({ max: allPaths.length - 1 }),
  pick: fc.nat(),
  kind: fc.constantFrom('delete', 'swap', 'add', 'nest', 'proto'),
  value: strangeValue,
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'id', 'text')),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(root: Record<string, unknown>, e: Edit): void {
  const node = at(root, allPaths[e.where]!);
  const keys = Object.keys(node);
  const key = keys.length > 0 ? keys[e.pick % keys.length]! : e.key;
  // JSON arrays have no named keys: only edit their items.
  if (Array.isArray(node) && (e.kind === 'add' || e.kind === 'proto' || !/^\d+$/.test(key))) return;
  if (e.kind === 'delete') {
    if (Array.isArray(node)) node.splice(Number(key), 1);
    else delete node[key];
  } else if (e.kind === 'swap') node[key] = structuredClone(e.value);
  else if (e.kind === 'add') Object.defineProperty(node, e.key, { value: structuredClone(e.value), enumerable: true, writable: true, configurable: true });
  else if (e.kind === 'nest') {
    let deep: unknown = structuredClone(e.value);
    for (let i = 0; i < 5000; i++) deep = [deep];
    node[key] = deep;
  } else {
    // As JSON.parse would produce it: an own "__proto__" key, not a prototype change.
    Object.defineProperty(node, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
  }
}

describe('pack loading under fuzzing', () => {
  it('accepts the untouched bundled pack (the fuzzing starts from a valid file)', () => {
    const result = load(packText);
    assert.equal(result.ok, true);
    assertWhole(result);
  });

  it('refuses the pack truncated at any point, with located errors', () => {
    fc.assert(
      fc.property(fc.nat({ max: packText.trimEnd().length - 1 }), (cut) => {
        const result = load(packText.slice(0, cut));
        assert.equal(result.ok, false);
        assertWhole(result);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and answers wholly when characters are flipped, inserted or deleted', () => {
    const mutation = fc.record({ at: fc.nat({ max: packText.length - 1 }), op: fc.constantFrom('flip', 'insert', 'delete'), ch: fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }) });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let text = packText;
        for (const m of mutations) {
          const i = m.at % text.length;
          if (m.op === 'flip') text = text.slice(0, i) + m.ch + text.slice(i + 1);
          else if (m.op === 'insert') text = text.slice(0, i) + m.ch + text.slice(i);
          else text = text.slice(0, i) + text.slice(i + 1);
        }
        assertWhole(load(text));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and answers wholly when keys are deleted, values swapped for other types, or nested deep', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const copy = structuredClone(pack);
        for (const e of edits) {
          try {
            applyEdit(copy, e);
          } catch {
            // An earlier edit removed this path: skip the edit.
          }
        }
        assertWhole(validatePack(copy));
        let text: string;
        try {
          text = JSON.stringify(copy);
        } catch {
          return; // too deep for JSON.stringify itself
        }
        assertWhole(load(text));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses JSON that is not a pack at all (any JSON value)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const result = load(JSON.stringify(value) ?? 'null');
        assert.equal(result.ok, false);
        assertWhole(result);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses deeply nested JSON without a stack overflow escaping', () => {
    for (const depth of [1_000, 10_000, 100_000]) {
      assertWhole(load('['.repeat(depth) + ']'.repeat(depth)));
      assertWhole(load('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)));
      const deep = { ...pack, description: { en: 'x' } } as Record<string, unknown>;
      let nested: unknown = 'x';
      for (let i = 0; i < depth; i++) nested = { en: nested };
      deep.name = nested;
      assertWhole(validatePack(deep));
    }
  });

  it('refuses a pack over the size limit before parsing, and takes huge strings inside the limit', () => {
    const whole = load(packText);
    assert.equal(whole.ok, true);
    const big = parsePackText(`${packText} ${' '.repeat(2048)}`, 'big.json', 1024);
    assert.equal(big.ok, false);
    assertWhole(big);
    const long = structuredClone(pack) as { claims: { text: Record<string, string> }[] };
    long.claims[0]!.text.fr = 'é'.repeat(1_000_000);
    assertWhole(load(JSON.stringify(long)));
    const longId = structuredClone(pack) as { claims: { id: string }[] };
    longId.claims[0]!.id = 'a'.repeat(1_000_000);
    const refused = load(JSON.stringify(longId));
    assert.equal(refused.ok, false);
    assertWhole(refused);
    assert.ok(!refused.ok && refused.errors.every((e) => e.message.length < 2_000), 'an error message must not echo a huge value');
  });

  it('quotes a huge bad value in its message only in part (format, kind, country, date, language tag)', () => {
    const huge = 'Z'.repeat(300_000);
    const bad = structuredClone(pack) as { format: string; entities: Record<string, unknown>[]; claims: Record<string, unknown>[] };
    bad.format = huge;
    bad.entities[0]!.kind = huge;
    bad.entities[0]!.country = huge;
    bad.claims[0]!.date = huge;
    (bad.claims[0]!.text as Record<string, string>)[huge] = 'x';
    const result = load(JSON.stringify(bad));
    assert.equal(result.ok, false);
    assertWhole(result);
    assert.ok(!result.ok && result.errors.length >= 5);
  });

  it('treats "__proto__" and other inherited names as plain keys, never polluting Object.prototype', () => {
    const text = packText.replace('"format": "recoupe-pack/1",', '"format": "recoupe-pack/1", "__proto__": {"polluted": true}, "constructor": {"x": 1},');
    const result = load(text);
    assert.equal(result.ok, false);
    assertWhole(result);
    assert.ok(!result.ok && result.errors.some((e) => e.path.includes('__proto__')));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
