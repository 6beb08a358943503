import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../../src/core/text/language.ts';
import { stemEn, stemFr } from '../../../src/core/text/stem.ts';
import { isStopword } from '../../../src/core/text/stopwords.ts';

describe('language detection', () => {
  it('recognises French and English from function words', () => {
    assert.equal(detectLanguage("L'aviation russe a frappé 60 cibles dans la province d'Alep."), 'fr');
    assert.equal(detectLanguage('Russian aircraft struck 60 targets in the province of Aleppo.'), 'en');
  });

  it('gives no answer for text too short or too mixed to tell', () => {
    assert.equal(detectLanguage('Alep'), undefined);
    assert.equal(detectLanguage(''), undefined);
  });
});

describe('stemming and stopwords', () => {
  it('brings inflected French forms together', () => {
    assert.equal(stemFr('frappé'.normalize('NFD').replace(/\p{M}/gu, '')), stemFr('frappes'));
    assert.equal(stemFr('desertions'), stemFr('desertion'));
    assert.equal(stemFr('cibles'), stemFr('cible'));
  });

  it('brings inflected English forms together', () => {
    assert.equal(stemEn('strikes'), stemEn('striking'));
    assert.equal(stemEn('desertions'), stemEn('deserted'));
    assert.equal(stemEn('countries'), stemEn('country'));
  });

  it('treats function words and reporting verbs as stopwords', () => {
    assert.ok(isStopword('selon', 'fr'));
    assert.ok(isStopword('said', 'en'));
    assert.ok(!isStopword('cibles', 'fr'));
    assert.ok(!isStopword('state', 'en'));
  });
});
