import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../../src/core/match/analyse.ts';
import { EntityLexicon } from '../../../src/core/match/entity-lexicon.ts';
import { checkFigure, figureRules } from '../../../src/core/match/figures.ts';
import { isNameVariant } from '../../../src/core/match/fuzzy-names.ts';

const lexicon = new EntityLexicon([], 'fr');
const [rule] = figureRules([{ value: 60, counts: { fr: ['cibles', 'objectifs'] } }], 'fr');
const verdict = (text: string): string => checkFigure(analyse(text, 'fr', { lexicon }).tokens, rule!);

describe('figure consistency', () => {
  it('supports a sentence with the same value for the same quantity', () => {
    assert.equal(verdict('60 cibles frappées'), 'support');
    assert.equal(verdict('soixante cibles « terroristes »'), 'support');
    assert.equal(verdict('frappé 60 objectifs'), 'support');
  });

  it('finds a conflict when the quantity comes only with another value (94 cibles vs 60)', () => {
    assert.equal(verdict('94 cibles frappées en 24 heures'), 'conflict');
  });

  it('prefers support when the right value is there beside another day’s figure', () => {
    assert.equal(verdict('60 cibles, contre 49 cibles samedi'), 'support');
  });

  it('is silent when the sentence does not count that quantity', () => {
    assert.equal(verdict('60 soldats tués'), 'absent');
    assert.equal(verdict('des cibles terroristes'), 'absent');
  });
});

describe('name variants', () => {
  it('accepts transliteration variants of the same name', () => {
    assert.ok(isNameVariant('kuwayris', 'kweires'));
    assert.ok(isNameVariant('kuweires', 'kweires'));
    assert.ok(isNameVariant('konashenkov', 'konachenkov'));
  });

  it('rejects common words that are merely close to a name', () => {
    assert.ok(!isNameVariant('hamas', 'hama'));
    assert.ok(!isNameVariant('homes', 'homs'));
    assert.ok(!isNameVariant('koweit', 'kweires'));
    assert.ok(!isNameVariant('observer', 'observatoire'));
  });
});
