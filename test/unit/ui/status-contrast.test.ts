import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contrastRatio, hexLuminance } from '../../../src/shared/colour.ts';
import { STATUS_STYLES } from '../../../src/shared/status-style.ts';

// Page backgrounds the underlines must stand out on: white, the demo article's off-white, and the dark
// greys of dark themes (Material's #121212, the card's and many sites' #1e1e1e).
const BACKGROUNDS = ['#ffffff', '#fafaf7', '#121212', '#15171a', '#1e1e1e'];

test('every status colour has at least 3:1 contrast on light and dark pages', () => {
  for (const [status, style] of Object.entries(STATUS_STYLES)) {
    for (const background of BACKGROUNDS) {
      const ratio = contrastRatio(hexLuminance(style.colour), hexLuminance(background));
      assert.ok(ratio >= 3, `${status} ${style.colour} on ${background}: ${ratio.toFixed(2)}:1`);
    }
  }
});

test('no two statuses share a line style, so status never rests on colour alone', () => {
  const lines = Object.values(STATUS_STYLES).map((s) => s.line);
  assert.equal(new Set(lines).size, lines.length);
});

test('the contrast formula gives the WCAG reference values', () => {
  assert.equal(contrastRatio(hexLuminance('#000000'), hexLuminance('#ffffff')), 21);
  assert.equal(contrastRatio(hexLuminance('#777777'), hexLuminance('#777777')), 1);
  assert.ok(Math.abs(contrastRatio(hexLuminance('#767676'), hexLuminance('#ffffff')) - 4.54) < 0.01);
});
