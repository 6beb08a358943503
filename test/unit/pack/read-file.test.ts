// Reading a pack file picked in the options page: format detection, and every refusal explained.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectPackFormat, packIdFromFileName, readPackFile } from '../../../src/core/pack/read-file.ts';
import { factCheckToolsExample, schemaOrgExample } from '../../fixtures/claimreview/samples.ts';

const options = { fileName: 'Fact checks (May).json', importedAt: '2024-05-01' };
const minimalPack = {
  format: 'recoupe-pack/1',
  id: 'mini',
  name: { en: 'Mini' },
  version: '1',
  entities: [{ id: 'someone', name: { en: 'Someone' }, kind: 'person' }],
  claims: [{ id: 'c1', claimant: 'someone', date: '2020-01-02', text: { en: 'Something was said' }, evidence: [] }],
};

describe('detectPackFormat', () => {
  it('tells a Recoupe pack, ClaimReview JSON-LD and Fact Check Tools output apart', () => {
    assert.equal(detectPackFormat(minimalPack), 'recoupe-pack');
    assert.equal(detectPackFormat(schemaOrgExample), 'claimreview-jsonld');
    assert.equal(detectPackFormat([schemaOrgExample]), 'claimreview-jsonld');
    assert.equal(detectPackFormat({ '@graph': [schemaOrgExample] }), 'claimreview-jsonld');
    assert.equal(detectPackFormat(factCheckToolsExample), 'fact-check-tools');
  });

  it('treats a pack with a wrong format marker as a Recoupe pack, so the validator names the problem', () => {
    assert.equal(detectPackFormat({ ...minimalPack, format: 'recoupe-pack/9' }), 'recoupe-pack');
    assert.equal(detectPackFormat({ entities: [], claims: [] }), 'recoupe-pack');
  });

  it('recognises nothing in other JSON', () => {
    for (const value of [null, 42, 'text', {}, { hello: 'world' }]) assert.equal(detectPackFormat(value), undefined);
  });
});

describe('readPackFile', () => {
  it('returns a Recoupe pack unchanged, with its format', () => {
    const result = readPackFile(JSON.stringify(minimalPack), options);
    assert.ok(result.ok);
    assert.equal(result.format, 'recoupe-pack');
    assert.deepEqual(result.pack, minimalPack);
  });

  it('imports ClaimReview and Fact Check Tools files as packs named after the file', () => {
    for (const [data, format] of [
      [schemaOrgExample, 'claimreview-jsonld'],
      [factCheckToolsExample, 'fact-check-tools'],
    ] as const) {
      const result = readPackFile(JSON.stringify(data), options);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
      assert.equal(result.format, format);
      assert.equal(result.pack.id, 'fact-checks-may');
      assert.deepEqual(result.pack.name, { en: 'Fact checks (May)' });
      assert.equal(result.pack.version, '2024-05-01');
    }
  });

  it('lists every validation error with its JSON path', () => {
    const broken = { ...minimalPack, claims: [{ ...minimalPack.claims[0], claimant: 'nobody', date: '2021-02-30' }] };
    const result = readPackFile(JSON.stringify(broken), options);
    assert.equal(result.ok, false);
    assert.deepEqual(
      !result.ok && result.errors.map((e) => e.path),
      ['$.claims[0].date', '$.claims[0].claimant'],
    );
  });

  it('reports a syntax error with its line and column, and an unknown shape at "$"', () => {
    const syntax = readPackFile('{\n  "format": "recoupe-pack/1",\n  oops\n}', options);
    assert.equal(syntax.ok, false);
    assert.match(!syntax.ok ? syntax.errors[0]!.message : '', /not valid JSON: line 3, column 3/);
    const unknown = readPackFile('{"hello": "world"}', options);
    assert.equal(unknown.ok, false);
    assert.deepEqual(!unknown.ok && unknown.errors.map((e) => e.path), ['$']);
    assert.match(!unknown.ok ? unknown.errors[0]!.message : '', /recoupe-pack\/1.*ClaimReview.*Fact Check Tools/);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = readPackFile(JSON.stringify(minimalPack), { ...options, maxBytes: 100 });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.errors[0]!.message : '', /over the 100 bytes limit/);
  });

  it('accepts a file starting with a byte-order mark', () => {
    assert.ok(readPackFile(`\uFEFF${JSON.stringify(minimalPack)}`, options).ok);
  });
});

describe('packIdFromFileName', () => {
  it('makes a valid pack id from any file name', () => {
    assert.equal(packIdFromFileName('Vérifications — mai 2024.json'), 'verifications-mai-2024');
    assert.equal(packIdFromFileName('.json'), 'imported');
    assert.equal(packIdFromFileName('!!!.jsonld'), 'imported');
  });
});
