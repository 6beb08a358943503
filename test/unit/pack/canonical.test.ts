// Canonical formatting: one text per pack, whatever order an editor typed the keys in.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatPack, isCanonical } from '../../../src/core/pack/canonical.ts';
import type { Pack } from '../../../src/core/pack/types.ts';

const goodText = readFileSync(new URL('../../fixtures/packs/good/small.json', import.meta.url), 'utf8');

/** Rebuilds every object with its keys reversed, the worst order an editor could produce. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}

describe('formatPack', () => {
  it('reproduces the canonical fixture byte for byte', () => {
    assert.equal(formatPack(JSON.parse(goodText) as Pack), goodText);
    assert.equal(isCanonical(goodText), true);
  });

  it('puts keys back in the order of the types.ts interfaces, and languages as fr, en, then others', () => {
    const shuffled = reverseKeys(JSON.parse(goodText)) as Pack;
    assert.equal(formatPack(shuffled), goodText);
    const text = formatPack({ ...(JSON.parse(goodText) as Pack), name: { de: 'Testpaket', en: 'Test pack', ar: 'حزمة', fr: 'Paquet' } });
    assert.match(text, /"name": \{\n {4}"fr": "Paquet",\n {4}"en": "Test pack",\n {4}"ar": "حزمة",\n {4}"de": "Testpaket"\n {2}\}/);
  });

  it('ends with one newline and indents by two spaces', () => {
    const text = formatPack(JSON.parse(goodText) as Pack);
    assert.ok(text.endsWith('}\n') && !text.endsWith('\n\n'));
    assert.match(text, /^\{\n {2}"format": "recoupe-pack\/1",\n/);
  });

  it('keeps unknown fields after the known ones instead of dropping them', () => {
    const odd = { extra: 1, ...(JSON.parse(goodText) as Pack) } as unknown as Pack;
    const text = formatPack(odd);
    assert.ok(text.trimEnd().endsWith('"extra": 1\n}'));
  });
});

describe('isCanonical', () => {
  it('rejects other indentation, a missing final newline, reordered keys and invalid JSON', () => {
    const pack = JSON.parse(goodText) as unknown;
    assert.equal(isCanonical(`${JSON.stringify(pack, null, 4)}\n`), false);
    assert.equal(isCanonical(goodText.trimEnd()), false);
    assert.equal(isCanonical(`${JSON.stringify(reverseKeys(pack), null, 2)}\n`), false);
    assert.equal(isCanonical('{'), false);
  });
});
