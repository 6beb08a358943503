import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../../../src/core/text/tokens.ts';
import { checkFigure, figureRules } from '../../../src/core/match/figures.ts';
import { matchStem } from '../../../src/core/text/synonyms.ts';

const words = (text: string, lang: string): string[] => tokenize(text, lang).map((t) => t.word);

describe('tokens', () => {
  it('reads "%", "per cent" and "pour cent" as one word, percent, after the number', () => {
    assert.deepEqual(words('More than 90% of strikes', 'en'), ['more', 'than', '90', 'percent', 'of', 'strikes']);
    assert.deepEqual(words('90 per cent of strikes', 'en'), ['90', 'percent', 'of', 'strikes']);
    assert.deepEqual(words('plus de 90 % des frappes', 'fr'), ['plus', 'de', '90', 'percent', 'des', 'frappes']);
    assert.deepEqual(words('90 pour cent des frappes', 'fr'), ['90', 'percent', 'des', 'frappes']);
  });

  it('still reads "cent" alone as a hundred', () => {
    assert.deepEqual(words('cent frappes', 'fr'), ['100', 'frappes']);
  });

  it('lets a figure counted in percent be found whichever way the page writes it', () => {
    const [rule] = figureRules([{ value: 90, counts: { en: ['%', 'per cent'], fr: ['%', 'pour cent'] } }], 'en');
    const analysed = (text: string, lang: string) => tokenize(text, lang).map((t) => ({ ...t, stem: t.value !== undefined ? t.word : matchStem(t.word, lang), stop: false }));
    assert.equal(checkFigure(analysed('More than 90% air strikes', 'en'), rule!), 'support');
    assert.equal(checkFigure(analysed('about 80 percent of strikes', 'en'), rule!), 'conflict');
    const [fr] = figureRules([{ value: 90, counts: { fr: ['%', 'pour cent'] } }], 'fr');
    assert.equal(checkFigure(analysed('90 pour cent des frappes', 'fr'), fr!), 'support');
  });
});
