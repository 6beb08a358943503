// Compiling several packs: statuses derived, ids kept unique, references following renamed ids.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compilePacks } from '../../../src/core/pack/compile.ts';
import type { Pack } from '../../../src/core/pack/types.ts';

const small = JSON.parse(readFileSync(new URL('../../fixtures/packs/good/small.json', import.meta.url), 'utf8')) as Pack;

/** A second fictional pack reusing one identical entity, one different entity and one claim id of `small`. */
const other: Pack = {
  format: 'recoupe-pack/1',
  id: 'fixture-other',
  name: { en: 'Other test pack (fictional)' },
  version: '1',
  entities: [
    small.entities.find((e) => e.id === 'fictional-observatory')!,
    { id: 'wire-agency', name: { en: 'A different wire agency' }, kind: 'news-agency' },
    { id: 'other-gov', name: { en: 'Other government' }, kind: 'government' },
  ],
  claims: [
    {
      id: 'mod-sixty-targets',
      claimant: 'other-gov',
      date: '2016-01-01',
      text: { en: 'Another claim with a colliding id.' },
      evidence: [
        { source: 'wire-agency', relation: 'confirms', date: '2016-01-02', summary: { en: 'Confirmed.' } },
        { source: 'fictional-observatory', relation: 'disputes', date: '2016-01-03', summary: { en: 'Disputed.' } },
      ],
    },
  ],
};

describe('compilePacks', () => {
  it('derives the status of every claim of the fixture pack', () => {
    const compiled = compilePacks([small]);
    assert.equal(compiled.format, 'recoupe-compiled/1');
    assert.deepEqual(
      compiled.claims.map((c) => [c.id, c.packId, c.status]),
      [
        ['mod-sixty-targets', 'fixture-small', 'unverified'],
        ['mod-camps-destroyed', 'fixture-small', 'disputed'],
        ['observatory-village-taken', 'fixture-small', 'corroborated'],
      ],
    );
    assert.equal(compiled.claims[0]?.derivation.assessments[1]?.reason, 'same-organisation');
    assert.deepEqual(compiled.packs, [{ id: 'fixture-small', name: small.name, version: small.version, description: small.description, claimCount: 3 }]);
  });

  it('shares identical entities, and renames a colliding entity or claim as packId:id along with its references', () => {
    const compiled = compilePacks([small, other]);
    const ids = compiled.entities.map((e) => e.id);
    assert.equal(ids.filter((id) => id === 'fictional-observatory').length, 1);
    assert.ok(ids.includes('wire-agency') && ids.includes('fixture-other:wire-agency'));
    assert.equal(new Set(ids).size, ids.length);
    const renamed = compiled.claims[3]!;
    assert.equal(renamed.id, 'fixture-other:mod-sixty-targets');
    assert.equal(renamed.packId, 'fixture-other');
    assert.deepEqual(renamed.evidence.map((e) => e.source), ['fixture-other:wire-agency', 'fictional-observatory']);
    assert.equal(renamed.status, 'contested');
    assert.equal(compiled.entities.find((e) => e.id === 'fixture-other:wire-agency')?.name.en, 'A different wire agency');
    assert.deepEqual(compiled.packs.map((p) => p.claimCount), [3, 1]);
  });

  it('refuses the same pack id twice with a clear error', () => {
    assert.throws(() => compilePacks([small, small]), /pack id "fixture-small" is given twice/);
  });

  it('leaves its input packs untouched', () => {
    const before = JSON.stringify(other);
    compilePacks([small, other]);
    assert.equal(JSON.stringify(other), before);
  });
});
