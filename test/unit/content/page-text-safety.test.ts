// Issue #13 items 6 and 9: the page's lang attribute and the packs' text are data; neither may reach
// Object.prototype through a lookup, nor reorder the UI with bidi controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageOf } from '../../../src/content/page-language.ts';
import { pick } from '../../../src/shared/claim-view.ts';
import { deepWithoutBidiControls, pickText } from '../../../src/shared/plain-text.ts';

test('the page language is the primary subtag of a BCP-47-looking lang, else none', () => {
  assert.equal(languageOf('fr'), 'fr');
  assert.equal(languageOf(' EN-gb '), 'en');
  assert.equal(languageOf('zh-Hant-TW'), 'zh');
  assert.equal(languageOf('de_DE'), 'de');
  for (const hostile of ['', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x', 'français', 'en-', 'e'.repeat(1_000_000)]) {
    assert.equal(languageOf(hostile), null, hostile.slice(0, 20));
  }
});

test('localized text lookups read own properties only', () => {
  const text = { fr: 'Bonjour', en: 'Hello' };
  assert.equal(pick(text, '__proto__'), 'Hello');
  assert.equal(pick(text, 'constructor'), 'Hello');
  assert.equal(pick(text, 'toString'), 'Hello');
  assert.equal(pick({ de: 'Hallo' }, 'valueOf'), 'Hallo');
  assert.equal(pick({}, '__proto__'), '');
  assert.equal(typeof pickText(JSON.parse('{"__proto__": {"x": 1}, "en": "ok"}') as Record<string, string>, '__proto__'), 'string');
});

test('bidi controls are removed from every string shown, so U+202E cannot reverse the text after it', () => {
  const name = { en: 'Reuters\u202E moc.live\u202C', fr: '\u2066Agence\u2069' };
  assert.equal(pick(name, 'en'), 'Reuters moc.live');
  assert.equal(pick(name, 'fr'), 'Agence');
  const view = deepWithoutBidiControls({ a: ['x\u202Ey', { b: '\u202Ap\u202B' }], n: 3, ok: true, none: null });
  assert.deepEqual(view, { a: ['xy', { b: 'p' }], n: 3, ok: true, none: null });
  // Right-to-left text itself is kept.
  assert.equal(pick({ ar: 'وكالة الأنباء' }, 'ar'), 'وكالة الأنباء');
});
