import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldText, normalise } from '../../../src/core/text/normalise.ts';
import { tokenize } from '../../../src/core/text/tokens.ts';

const words = (text: string, lang?: string): string => tokenize(text, lang).map((t) => t.word).join(' ');

describe('normalisation', () => {
  it('folds case, diacritics, ligatures and typographic quotes', () => {
    assert.equal(foldText('«Jaïch» l’Œuvre — Défense'), " jaich  l'oeuvre - defense");
  });

  it('writes 2 000, 2\u00a0000, 2\u202f000, 2,000 (en) and 2.000 (fr) as one token 2000', () => {
    assert.equal(words('2 000 familles', 'fr'), '2000 familles');
    assert.equal(words('2\u00a0000 familles', 'fr'), '2000 familles');
    assert.equal(words('2\u202f000 familles', 'fr'), '2000 familles');
    assert.equal(words('2.000 familles', 'fr'), '2000 familles');
    assert.equal(words('2,000 families', 'en'), '2000 families');
    assert.equal(words('2000 families', 'en'), '2000 families');
  });

  it('keeps decimals, with the French comma read as a decimal mark', () => {
    assert.equal(words('2,5 %', 'fr'), '2.5 percent');
    assert.equal(words('2.5 percent', 'en'), '2.5 percent');
  });

  it('turns French number words into digits', () => {
    assert.equal(words('soixante cibles', 'fr'), '60 cibles');
    assert.equal(words('trente-deux camps', 'fr'), '32 camps');
    assert.equal(words('deux mille familles', 'fr'), '2000 familles');
    assert.equal(words('quatre-vingt-dix morts', 'fr'), '90 morts');
    assert.equal(words('vingt et un villages', 'fr'), '21 villages');
  });

  it('turns English number words into digits', () => {
    assert.equal(words('sixty targets', 'en'), '60 targets');
    assert.equal(words('thirty-two camps', 'en'), '32 camps');
    assert.equal(words('one hundred and five people', 'en'), '105 people');
    assert.equal(words('2.5 million people', 'en'), '2500000 people');
  });

  it('leaves a lone article "un"/"one" as a word, and does not join numbers across commas', () => {
    assert.equal(words('un poste de commandement', 'fr'), 'un poste de commandement');
    assert.equal(words('deux, trois', 'fr'), '2 3');
  });

  it('gives a plain searchable form with collapsed whitespace', () => {
    assert.equal(normalise('  L’armée   a frappé\n«60 cibles»  ', 'fr'), "l'armee a frappe 60 cibles");
  });
});
