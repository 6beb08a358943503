// Issue #13 item 9: a URL with credentials ("https://www.reuters.com@evil.example/…") shows one site's
// name and leads to another; packs refuse it at validation, wherever a URL may appear.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validatePack } from '../../../src/core/pack/validate.ts';

const pack = (url: string) => ({
  format: 'recoupe-pack/1',
  id: 'p',
  name: { en: 'P' },
  version: '1',
  entities: [
    { id: 'a', name: { en: 'A' }, kind: 'person', url },
    { id: 'b', name: { en: 'B' }, kind: 'outlet' },
  ],
  claims: [
    {
      id: 'c',
      claimant: 'a',
      date: '2020-01-02',
      text: { en: 'A said something' },
      appearances: [{ source: 'b', url }],
      evidence: [{ source: 'b', relation: 'confirms', date: '2020-01-03', summary: { en: 'B confirmed it' }, url }],
    },
  ],
});

test('URLs with a user name or password are refused with a clear error at every place a URL may appear', () => {
  for (const url of ['https://www.reuters.com@evil.example/world', 'https://user:pass@example.org/a', 'https://:secret@example.org/']) {
    const result = validatePack(pack(url));
    assert.equal(result.ok, false, url);
    const errors = result.ok ? [] : result.errors;
    assert.deepEqual(
      errors.map((e) => e.path),
      ['$.entities[0].url', '$.claims[0].appearances[0].url', '$.claims[0].evidence[0].url'],
    );
    for (const e of errors) assert.match(e.message, /user name or password/);
  }
});

test('an ordinary https URL, with an @ in its path, is accepted', () => {
  assert.equal(validatePack(pack('https://example.org/@someone/status/1')).ok, true);
});
