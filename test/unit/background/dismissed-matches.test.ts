// "Not this claim" drives matching: page/match leaves out exactly the dismissed (claim, sentence) of the
// page, and keeps the same claim in another sentence and other claims in the same block.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { join } from 'node:path';
import { buildEngine, type Engine } from '../../../src/background/engine.ts';
import { matchBlocks } from '../../../src/background/matching.ts';
import { dismissalKey } from '../../../src/background/feedback-store.ts';
import { compileBundledPack } from '../../../scripts/lib/bundled-pack.ts';
import type { CompiledPack } from '../../../src/core/pack/types.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const families = 'Les combats ont poussé 2000 familles à fuir leurs habitations.';
const familiesAgain = 'Selon l’OSDH, les combats ont poussé 2000 familles à fuir leurs habitations.';
const siege = "L'armée syrienne cherche également à briser le siège imposé par l'Etat islamique (EI) à l'aéroport militaire de Kweires dans cette même province.";
let engine: Engine;
before(async () => {
  engine = buildEngine(JSON.parse(await compileBundledPack(join(ROOT, 'claims-db'))) as CompiledPack);
});

describe('matching with dismissals', () => {
  it('leaves out the dismissed sentence only', () => {
    const blocks = [`${families} ${siege}`, familiesAgain];
    const all = matchBlocks(engine, blocks, 'fr', null).matches.map((m) => [m.block, m.claimId]);
    assert.deepEqual(all, [
      [0, 'aleppo-fighting-2000-families-fled'],
      [0, 'syrian-army-seeks-to-break-kweires-siege'],
      [1, 'aleppo-fighting-2000-families-fled'],
    ]);
    // Whitespace differences between the report and the page do not matter (both are collapsed).
    const dismissed = new Set([dismissalKey('aleppo-fighting-2000-families-fled', `  ${families.replace(/ /g, '\n ')}`)]);
    const left = matchBlocks(engine, blocks, 'fr', null, dismissed).matches.map((m) => [m.block, m.claimId]);
    assert.deepEqual(left, [
      [0, 'syrian-army-seeks-to-break-kweires-siege'],
      [1, 'aleppo-fighting-2000-families-fled'],
    ]);
  });
});
