import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMatcher } from '../../../src/core/match/matcher.ts';
import { claims, entities } from './mini-pack.ts';

const matcher = createMatcher({ claims, entities });
const ids = (text: string, lang?: string): string[] => matcher.matchText(text, lang).map((m) => m.claimId);

describe('claim matcher', () => {
  it('counts the claims it indexed', () => {
    assert.equal(matcher.claimCount, claims.length);
  });

  it('matches a French sentence that states a claim in other words', () => {
    assert.deepEqual(ids("Selon Moscou, l'aviation russe a touché soixante cibles « terroristes » en 24 heures en Syrie.", 'fr'), ['targets-60']);
  });

  it('matches an English sentence against the English wording', () => {
    assert.deepEqual(ids('Russian jets struck sixty terrorist targets in Syria over the past 24 hours, the ministry said.', 'en'), ['targets-60']);
  });

  it('does not match a sentence that gives another figure for the same quantity (94 targets is not 60)', () => {
    assert.deepEqual(ids("L'aviation russe a frappé 94 cibles terroristes en Syrie au cours des dernières 24 heures.", 'fr'), []);
    assert.deepEqual(ids('Russian aircraft struck 94 terrorist targets in Syria in the past 24 hours.', 'en'), []);
  });

  it('still matches when the right figure stands beside another day’s figure', () => {
    assert.deepEqual(ids("L'aviation russe a frappé 60 cibles terroristes en Syrie en 24 heures, contre 49 cibles la veille.", 'fr'), ['targets-60']);
  });

  it('reads 2 000, 2,000 and deux mille as the figure 2000', () => {
    assert.deepEqual(ids('Les combats ont poussé 2 000 familles à fuir leurs habitations.', 'fr'), ['families-2000']);
    assert.deepEqual(ids('Les combats ont poussé deux mille familles à fuir leurs habitations.', 'fr'), ['families-2000']);
    assert.deepEqual(ids('The fighting forced 2,000 families to flee their homes.', 'en'), ['families-2000']);
    assert.deepEqual(ids('The fighting forced 3,000 families to flee their homes.', 'en'), []);
  });

  it('recognises name spellings through aliases (Nosra / Nusra, Kuweires)', () => {
    assert.deepEqual(ids('Fighting between Islamic State and rebel groups of al-Nusra Front has intensified.', 'en'), ['is-nusra-fighting']);
    assert.deepEqual(ids('The Syrian army is trying to break the Islamic State siege of the Kuweires military airport.', 'en'), ['kweires-siege']);
  });

  it('recognises an unlisted spelling of a name by fuzzy lookup (Kuwayris for Kweires)', () => {
    assert.deepEqual(ids('The Syrian army is trying to break the Islamic State siege of Kuwayris military airport.', 'en'), ['kweires-siege']);
  });

  it('does not match a sentence made of names alone', () => {
    assert.deepEqual(ids("L'armée syrienne et l'État islamique à Alep.", 'fr'), []);
    assert.deepEqual(ids('Aleppo and the Syrian army.', 'en'), []);
  });

  it('does not match the same places in other news', () => {
    assert.deepEqual(ids("À Alep, les écoles de l'armée syrienne ont rouvert près de l'aéroport.", 'fr'), []);
  });

  it('scores the exact phrasing above a paraphrase, and a paraphrase above an unrelated sentence', () => {
    const score = (s: string): number => matcher.rankClaims(s, 'en', 5).find((r) => r.claimId === 'targets-60')?.score ?? 0;
    const exact = score('Russian aircraft struck 60 terrorist targets in Syria in the past 24 hours.');
    const paraphrase = score('In the past day, 60 targets in Syria were hit by Russian planes, Moscow said.');
    const unrelated = score('Oil prices rose by 60 cents in the past 24 hours.');
    assert.ok(exact > paraphrase, `exact ${exact} should beat paraphrase ${paraphrase}`);
    assert.ok(paraphrase > unrelated, `paraphrase ${paraphrase} should beat unrelated ${unrelated}`);
  });

  it('gives a claimant named in the sentence before a higher score than no cue', () => {
    const s = "Selon ce bilan, l'aviation russe a frappé 60 cibles terroristes en Syrie en 24 heures.";
    const alone = matcher.matchText(s, 'fr')[0]!.score;
    const cued = matcher.matchText(`Le ministère russe de la Défense a publié un bilan. ${s}`, 'fr').find((m) => m.claimId === 'targets-60')!.score;
    assert.ok(cued > alone, `cued ${cued} should beat ${alone}`);
  });

  it('returns the sentence offsets in the block and the sentence with whitespace collapsed', () => {
    const block = "Intro sans rapport.   Les combats ont poussé 2000 familles\n à fuir leurs habitations.  Fin.";
    const [m] = matcher.matchText(block, 'fr');
    assert.ok(m);
    assert.equal(block.slice(m.start, m.end), 'Les combats ont poussé 2000 familles\n à fuir leurs habitations.');
    assert.equal(m.sentence, 'Les combats ont poussé 2000 familles à fuir leurs habitations.');
  });

  it('gives both claims of a sentence that states two (issue #11)', () => {
    const results = matcher.matchText('Les combats ont poussé 2000 familles à fuir leurs habitations, et l’aviation russe a frappé 60 cibles terroristes en Syrie en 24 heures.', 'fr');
    assert.deepEqual(results.map((r) => r.claimId).sort(), ['families-2000', 'targets-60']);
    assert.equal(new Set(results.map((r) => `${r.start}-${r.end}`)).size, 1);
  });

  it('detects the language of the block when none is given', () => {
    assert.deepEqual(ids('Les combats ont poussé 2000 familles à fuir leurs habitations.'), ['families-2000']);
    assert.deepEqual(ids('The fighting forced 2,000 families to flee their homes.'), ['families-2000']);
  });

  it('finds nothing in text that shares no word with any claim', () => {
    assert.deepEqual(ids('Le chat dort sur le canapé.', 'fr'), []);
    assert.deepEqual(ids('', 'fr'), []);
  });
});
