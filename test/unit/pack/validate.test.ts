// Pack validation: the fictional good fixture passes, each defect is reported at its JSON path,
// and no input, however wrong, makes the validator throw.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { MAX_PACK_BYTES, parsePackText, validateBundledPack, validatePack, type PackResult } from '../../../src/core/pack/validate.ts';

const goodText = readFileSync(new URL('../../fixtures/packs/good/small.json', import.meta.url), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests mutate a parsed copy freely
const good = (): any => JSON.parse(goodText);

function errorsOf(result: PackResult): Array<[string, string]> {
  assert.equal(result.ok, false, 'expected the pack to be refused');
  return result.ok ? [] : result.errors.map((e) => [e.path, e.message]);
}

function assertError(result: PackResult, path: string, message: RegExp): void {
  const errors = errorsOf(result);
  assert.ok(
    errors.some(([p, m]) => p === path && message.test(m)),
    `expected an error at ${path} matching ${message}, got:\n${errors.map((e) => e.join(': ')).join('\n')}`,
  );
}

describe('validatePack', () => {
  it('accepts the good fixture pack and returns it', () => {
    const result = validatePack(good());
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.equal(result.pack.claims.length, 3);
  });

  it('refuses a pack of another format', () => {
    const pack = good();
    pack.format = 'recoupe-pack/2';
    assertError(validatePack(pack), '$.format', /unsupported format "recoupe-pack\/2"/);
  });

  it('collects every error in one pass instead of stopping at the first', () => {
    const pack = good();
    pack.claims[0].date = '2015-13-01';
    pack.claims[1].evidence[0].relation = 'agrees';
    pack.entities[2].url = 'ftp://example.org/';
    pack.entities[1].kind = 7;
    const paths = errorsOf(validatePack(pack)).map(([p]) => p);
    assert.deepEqual(paths.sort(), ['$.claims[0].date', '$.claims[1].evidence[0].relation', '$.entities[1].kind', '$.entities[2].url'].sort());
  });

  it('refuses ids that are not kebab-case-ish', () => {
    const pack = good();
    pack.entities[0].id = 'Testland Gov';
    assertError(validatePack(pack), '$.entities[0].id', /not a valid id/);
  });

  it('resolves every kind of entity reference', () => {
    const pack = good();
    pack.entities[1].parent = 'ghost-1';
    pack.entities[3].alignedWith = ['ghost-2'];
    pack.claims[0].about = ['ghost-3'];
    pack.claims[0].appearances[0].source = 'ghost-4';
    pack.claims[0].claimant = 'ghost-5';
    pack.claims[0].evidence[0].source = 'ghost-6';
    const result = validatePack(pack);
    assertError(result, '$.entities[1].parent', /parent "ghost-1" is not an entity/);
    assertError(result, '$.entities[3].alignedWith[0]', /"ghost-2"/);
    assertError(result, '$.claims[0].about[0]', /"ghost-3"/);
    assertError(result, '$.claims[0].appearances[0].source', /"ghost-4"/);
    assertError(result, '$.claims[0].claimant', /claimant "ghost-5"/);
    assertError(result, '$.claims[0].evidence[0].source', /"ghost-6"/);
  });

  it('refuses real-looking but impossible dates and leap-day mistakes', () => {
    const pack = good();
    pack.claims[0].date = '2015-02-29';
    pack.claims[1].date = '2016-02-29';
    pack.claims[2].date = '15-10-08';
    const errors = errorsOf(validatePack(pack)).map(([p]) => p);
    assert.deepEqual(errors, ['$.claims[0].date', '$.claims[2].date']);
  });

  it('checks language tags and empty texts in localized fields', () => {
    const pack = good();
    pack.claims[0].text = { French: 'x', en: ' ' };
    pack.entities[0].name = {};
    const result = validatePack(pack);
    assertError(result, '$.claims[0].text.French', /not a language tag/);
    assertError(result, '$.claims[0].text.en', /non-empty string/);
    assertError(result, '$.entities[0].name', /at least one language/);
  });

  it('requires a verbatim rating on evidence marked rated', () => {
    const pack = good();
    delete pack.claims[2].evidence[0].rating;
    pack.claims[2].evidence[0].relation = 'rated';
    assertError(validatePack(pack), '$.claims[2].evidence[0].rating', /required when relation is "rated"/);
  });

  it('refuses an entity aligned with itself and reports a parent loop once', () => {
    const pack = good();
    pack.entities[3].alignedWith = ['ally-gov'];
    pack.entities[0].parent = 'testland-mod';
    const errors = errorsOf(validatePack(pack));
    assert.equal(errors.filter(([, m]) => /loops back/.test(m)).length, 1);
    assertError(validatePack(pack), '$.entities[3].alignedWith', /aligned with itself/);
  });

  it('does not read inherited properties such as "constructor" as fields', () => {
    const result = validatePack(JSON.parse('{"format":"recoupe-pack/1","id":"x","name":{"en":"x"},"version":"1","entities":[],"claims":[{"constructor":1}]}'));
    assertError(result, '$.claims[0].id', /required/);
    assertError(result, '$.claims[0].constructor', /unexpected field/);
  });

  it('never throws on junk, and never accepts it', () => {
    for (const junk of [null, undefined, 0, NaN, 'pack', [], [1, 2], {}, { entities: 5, claims: 'x' }, { claims: [null, 1, []] }]) {
      const result = validatePack(junk);
      assert.equal(result.ok, false);
    }
    fc.assert(
      fc.property(fc.anything(), (value) => {
        assert.equal(validatePack(value).ok, false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on packs with random values in random places', () => {
    const paths = [['format'], ['entities', 0], ['entities', 1, 'name'], ['claims', 0, 'evidence'], ['claims', 1, 'evidence', 0], ['claims', 0, 'figures', 0, 'counts']];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const pack = good();
        let target = pack;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1]!] = value;
        validatePack(pack); // must return, whatever it decides
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateBundledPack', () => {
  it('requires French and English text on every claim and an English summary on every evidence item', () => {
    const pack = good();
    delete pack.claims[1].text.fr;
    pack.claims[1].evidence[0].summary = { fr: 'seulement en français' };
    const result = validatePack(pack);
    assert.ok(result.ok);
    assert.deepEqual(validateBundledPack(result.pack), [
      { path: '$.claims[1].text', message: 'missing "fr" text (bundled packs need fr and en)' },
      { path: '$.claims[1].evidence[0].summary', message: 'missing "en" summary (bundled packs need an English summary)' },
    ]);
  });

  it('accepts the good fixture', () => {
    const result = validatePack(good());
    assert.ok(result.ok);
    assert.deepEqual(validateBundledPack(result.pack), []);
  });
});

describe('parsePackText', () => {
  it('parses and validates a pack', () => {
    assert.equal(parsePackText(goodText, 'small.json').ok, true);
  });

  it('reports bad JSON with the source name, line and column', () => {
    const text = goodText.replace('"version": "2024-01-01",', '"version": "2024-01-01"');
    assertError(parsePackText(text, 'small.json'), '$', /^small\.json is not valid JSON: line 9, column 3: Expected/);
  });

  it('refuses text over the size limit before parsing it', () => {
    assertError(parsePackText(goodText, 'small.json', 100), '$', /small\.json is \d+ bytes, over the 100 bytes limit/);
    assert.equal(MAX_PACK_BYTES, 32 * 1024 * 1024);
  });

  it('counts bytes, not characters, against the limit', () => {
    const text = JSON.stringify('é'.repeat(60)); // 62 characters, 122 bytes
    assert.equal(parsePackText(text, 'x', 100).ok, false);
    assert.match(parsePackText(text, 'x', 100).ok ? '' : (parsePackText(text, 'x', 100) as { errors: Array<{ message: string }> }).errors[0]!.message, /122 bytes/);
  });
});
