import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ScannedBlock } from '../../../src/core/extract/blocks.ts';
import { locateSentences } from '../../../src/content/visible-text.ts';

// locateSentences reads only each block's text; element and first node are identities it carries along.
const block = (text: string): ScannedBlock => ({ text, element: {} as Element, first: {} as Text });
const FAMILIES = 'Les combats ont poussé 2000 familles à fuir leurs habitations.';

describe('matched visible sentences found again in the blocks', () => {
  it('marks each occurrence once when the page repeats a matched sentence on several lines', () => {
    const blocks = [block(`Une phrase sans affirmation. ${FAMILIES}`), block(`Une phrase sans affirmation. ${FAMILIES}`), block(`${FAMILIES} Et une phrase après.`)];
    const repeated = Array.from({ length: 3 }, () => ({ sentence: FAMILIES, claimId: 'families', score: 0.9 }));
    const { matches } = locateSentences(blocks, repeated);
    assert.deepEqual(
      matches.map((m) => [m.block, m.start]),
      [
        [0, 29],
        [1, 29],
        [2, 0],
      ],
    );
  });

  it('finds a sentence across a line break or a run of spaces in the block', () => {
    const { matches } = locateSentences([block('Les combats ont poussé 2000\u2029familles  à fuir leurs habitations.')], [{ sentence: FAMILIES, claimId: 'families', score: 1 }]);
    assert.equal(matches.length, 1);
  });
});
