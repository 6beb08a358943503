import { test } from 'node:test';
import assert from 'node:assert/strict';
import { luminanceOf } from '../../../src/content/card/page-theme.ts';

test('reads the luminance of computed colours in both browsers\' formats, and treats see-through ones as absent', () => {
  assert.equal(luminanceOf('rgb(255, 255, 255)'), 1);
  assert.equal(luminanceOf('rgb(0, 0, 0)'), 0);
  assert.ok(Math.abs(luminanceOf('rgb(21, 23, 26)')! - 0.0083) < 0.001);
  assert.equal(luminanceOf('rgba(255, 255, 255, 0.9)'), 1);
  assert.equal(luminanceOf('rgba(0, 0, 0, 0)'), undefined); // transparent: look further up
  assert.equal(luminanceOf('rgb(0 0 0 / 20%)'), undefined);
  assert.equal(luminanceOf('color(srgb 1 1 1)'), undefined); // not understood: no guess
});
