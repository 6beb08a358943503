// Issue #13 item 4: a block longer than a match request may carry is sent in slices, not refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sliceBlock } from '../../../src/content/block-slices.ts';
import type { ScannedBlock } from '../../../src/core/extract/blocks.ts';

const block = (text: string): ScannedBlock => ({ element: {} as Element, text, first: {} as Text });

test('a block under the limit is one slice, the text itself', () => {
  const b = block('Short text.');
  assert.deepEqual(sliceBlock(b, 100), [{ block: b, offset: 0, text: 'Short text.' }]);
});

test('a long block is cut at sentence ends into slices under the limit that cover it exactly', () => {
  const text = 'Une phrase de remplissage. '.repeat(40) + 'La dernière phrase.';
  const slices = sliceBlock(block(text), 100);
  assert.ok(slices.length > 1);
  for (const s of slices) {
    assert.ok(s.text.length <= 100);
    assert.equal(text.slice(s.offset, s.offset + s.text.length), s.text);
  }
  assert.equal(slices.map((s) => s.text).join(''), text);
  for (const s of slices.slice(0, -1)) assert.match(s.text, /\.$/);
});

test('text without spaces is cut hard at the limit', () => {
  const slices = sliceBlock(block('x'.repeat(250)), 100);
  assert.deepEqual(slices.map((s) => [s.offset, s.text.length]), [[0, 100], [100, 100], [200, 50]]);
});

test('a limit below one is refused rather than looping forever', () => {
  assert.throws(() => sliceBlock(block('abc'), 0), RangeError);
});
