import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmentSentences } from '../../../src/core/text/segment.ts';

const sentences = (text: string, lang?: string): string[] => segmentSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('sentence segmentation', () => {
  it('does not split after French abbreviations such as "M." and "gén."', () => {
    assert.deepEqual(sentences('M. Poutine a parlé. Le gén. Konachenkov a confirmé.', 'fr'), [
      'M. Poutine a parlé.',
      'Le gén. Konachenkov a confirmé.',
    ]);
  });

  it('does not split after "Dr.", "St." or "U.S."', () => {
    assert.deepEqual(sentences('Dr. Smith met St. John. The U.S. Army agreed.', 'en'), ['Dr. Smith met St. John.', 'The U.S. Army agreed.']);
  });

  it('keeps a quotation in guillemets whole, and gives its closing mark to the sentence it closes', () => {
    assert.deepEqual(sentences('Il a dit « Nous avons frappé. Et encore. » Puis il est parti.', 'fr'), [
      'Il a dit « Nous avons frappé. Et encore. »',
      'Puis il est parti.',
    ]);
  });

  it('splits at a <br> (U+2029) and trims surrounding whitespace', () => {
    const text = '  Première ligne\u2029Seconde ligne.  ';
    const spans = segmentSentences(text, 'fr');
    assert.deepEqual(sentences(text, 'fr'), ['Première ligne', 'Seconde ligne.']);
    assert.equal(spans[0]!.start, 2);
  });

  it('treats newlines from the page source as plain spaces', () => {
    assert.deepEqual(sentences('Les combats ont poussé\n   2000 familles à fuir. Fin.', 'fr'), ['Les combats ont poussé\n   2000 familles à fuir.', 'Fin.']);
  });

  it('returns offsets into the original text', () => {
    const text = 'Un. Deux trois. Quatre.';
    for (const span of segmentSentences(text, 'fr')) assert.equal(text.slice(span.start, span.end).trim(), text.slice(span.start, span.end));
  });
});
