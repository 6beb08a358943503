import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_KINDS, EVIDENCE_RELATIONS } from '../../../src/core/pack/rules.ts';
import { STATUS_STYLES } from '../../../src/shared/status-style.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(join('_locales', lang, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const fr = load('fr');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
const uiFiles = ['src/content', 'src/popup', 'src/options', 'src/shared'].flatMap(sources);

test('the French and English locales have the same keys', () => {
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
});

test('every message has the same placeholders in French and English, and uses each of them', () => {
  for (const [key, value] of Object.entries(en)) {
    const frValue = fr[key]!;
    assert.deepEqual(Object.keys(frValue.placeholders ?? {}).sort(), Object.keys(value.placeholders ?? {}).sort(), key);
    for (const name of Object.keys(value.placeholders ?? {})) {
      const token = `$${name.toUpperCase()}$`;
      assert.ok(value.message.includes(token) && frValue.message.includes(token), `${key} must use ${token} in both languages`);
    }
  }
});

test('every literal t("key") in the UI code has a message', () => {
  for (const file of uiFiles) {
    for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
      assert.ok(en[key!], `${file} uses missing message "${key}"`);
    }
  }
});

test('every status, entity kind, relation and reason the UI can show has a message', () => {
  const reasons = ['independent', 'claimant-itself', 'same-organisation', 'aligned', 'interested-party', 'repeats-only', 'rating-unknown'];
  const keys = [
    ...Object.keys(STATUS_STYLES).map((s) => `status_${s}`),
    ...Object.keys(STATUS_STYLES).map((s) => `group_${s}`),
    ...ENTITY_KINDS.map((k) => `kind_${k}`),
    ...EVIDENCE_RELATIONS.map((r) => `relation_${r}`),
    ...reasons.map((r) => `reason_${r}`),
  ].map((k) => k.replace(/-/g, '_'));
  for (const key of keys) assert.ok(en[key], `missing message "${key}"`);
});

test('UI components hard-code no words: visible text comes from the locales', () => {
  for (const file of uiFiles.filter((f) => f.endsWith('.tsx'))) {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
    // JSX text between a closing ">" (not an arrow "=>") and the next "<" or "{" that holds two letters
    // in a row. Type syntax (`Map<A, B> | C<D>`) is told apart by its | & , : characters.
    for (const [, text] of code.matchAll(/(?<![=-])>([^<>{}()=;|&,:]*)[<{]/g)) {
      assert.ok(!/\p{L}{2,}/u.test(text!), `${file}: hard-coded UI text "${text!.trim()}"`);
    }
  }
});
