// The bundled pack after the issue #12 audit: the corrections hold, in the data itself.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyse } from '../../../src/core/match/analyse.ts';
import { EntityLexicon } from '../../../src/core/match/entity-lexicon.ts';
import { checkFigure, figureRules } from '../../../src/core/match/figures.ts';
import { compilePacks } from '../../../src/core/pack/compile.ts';
import type { Pack } from '../../../src/core/pack/types.ts';

const pack = JSON.parse(readFileSync(new URL('../../../claims-db/syria-2015.json', import.meta.url), 'utf8')) as Pack;
const claim = (id: string) => pack.claims.find((c) => c.id === id)!;
const compiled = compilePacks([pack]);
const status = (id: string) => compiled.claims.find((c) => c.id === id)?.status;

/** Verdict of every figure of a claim on one sentence. */
function verdicts(id: string, lang: 'fr' | 'en', sentence: string): string[] {
  const lexicon = new EntityLexicon([], lang);
  const tokens = analyse(sentence, lang, { lexicon }).tokens;
  return figureRules(claim(id).figures, lang).map((rule) => checkFigure(tokens, rule));
}

describe('syria-2015 after the audit', () => {
  it('keeps 60 strikes (the ministry) and 60 targets (the wire) as two quantities, recognising both wordings', () => {
    const id = 'ru-mod-39-sorties-60-targets-24h';
    const counted = claim(id).figures!.filter((f) => f.value === 60).map((f) => f.counts.en);
    assert.deepEqual(counted, [['strikes', 'airstrikes', 'air strikes'], ['targets', 'terrorist targets']]);
    // No figure counts strikes and targets at once.
    for (const f of claim(id).figures!) assert.ok(!(f.counts.en!.includes('strikes') && f.counts.en!.includes('targets')));
    // The wire's wording and the ministry's are both supported, and nothing conflicts.
    assert.ok(!verdicts(id, 'fr', "L'aviation russe a effectué 39 sorties et frappé 60 cibles «terroristes» en Syrie").includes('conflict'));
    assert.ok(verdicts(id, 'fr', "L'aviation russe a effectué 39 sorties et frappé 60 cibles «terroristes» en Syrie").includes('support'));
    assert.ok(!verdicts(id, 'en', 'The defense ministry said its pilots flew 39 sorties and carried out 60 strikes in Hama').includes('conflict'));
    // "60 strikes on 51 sites": sites are neither strikes nor the wire's targets, so no conflict.
    assert.ok(!verdicts(id, 'en', 'Russian jets carried out 60 strikes on 51 sites').includes('conflict'));
    // Another day's count of targets still conflicts.
    assert.ok(verdicts(id, 'en', 'Russian jets hit 94 targets in 24 hours').includes('conflict'));
  });

  it('has no English phrasing placing the fighting in "northern Aleppo province"', () => {
    const all = pack.claims.flatMap((c) => c.phrasings?.en ?? []);
    assert.deepEqual(all.filter((p) => /northern Aleppo province/i.test(p)), []);
  });

  it('has no phrasing dating the 36 sorties to Saturday', () => {
    const all = pack.claims.flatMap((c) => [...(c.phrasings?.en ?? []), ...(c.phrasings?.fr ?? [])]);
    assert.deepEqual(all.filter((p) => /36 combat sorties Saturday/i.test(p)), []);
  });

  it('derives the corrected statuses', () => {
    assert.equal(status('ru-mod-is-nusra-fighting-intensified'), 'unverified');
    assert.equal(status('sohr-five-villages-aleppo-24h'), 'unverified');
    const fiveVillages = compiled.claims.find((c) => c.id === 'sohr-five-villages-aleppo-24h')!;
    const manar = fiveVillages.derivation.assessments.find((a) => a.evidence.source === 'al-manar');
    assert.deepEqual([manar?.reason, manar?.link], ['interested-party', ['al-manar', 'hezbollah', 'syrian-government']]);
  });
});
