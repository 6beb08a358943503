// The manifest grants only what docs/permissions.md lists and explains: no page-reachable resources,
// no messaging from web pages, host permissions no wider than the content script's, no remote code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const doc = readFileSync(join(root, 'docs', 'permissions.md'), 'utf8');

/** The `permissions: [...]` the table of docs/permissions.md documents. */
function documentedPermissions(): string[] {
  const m = /`permissions:\s*(\[[^\]]*\])`/.exec(doc);
  assert.ok(m, 'docs/permissions.md has no `permissions: [...]` row');
  return JSON.parse(m[1]!) as string[];
}

/** The names under "Deliberately absent". */
function deliberatelyAbsent(): string[] {
  const section = doc.split(/^## Deliberately absent/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/\*\*`([a-z_A-Z]+)`\*\*/g)].map((m) => m[1]!);
}

describe('manifest.json', () => {
  it('has no web_accessible_resources (no page can detect or load the extension’s files)', () => {
    assert.equal(Object.hasOwn(manifest, 'web_accessible_resources'), false);
  });

  it('has no externally_connectable (no web page can message the extension)', () => {
    assert.equal(Object.hasOwn(manifest, 'externally_connectable'), false);
  });

  it('asks for exactly the permissions listed in docs/permissions.md', () => {
    assert.deepEqual([...((manifest.permissions as string[] | undefined) ?? [])].sort(), documentedPermissions().sort());
  });

  it('has none of the entries docs/permissions.md lists as deliberately absent', () => {
    const absent = deliberatelyAbsent();
    assert.ok(absent.includes('web_accessible_resources') && absent.includes('tabs'), `parsed ${JSON.stringify(absent)}`);
    const granted = new Set([...((manifest.permissions as string[] | undefined) ?? []), ...((manifest.optional_permissions as string[] | undefined) ?? [])]);
    for (const name of absent) {
      assert.equal(granted.has(name), false, `permission ${name}`);
      assert.equal(Object.hasOwn(manifest, name), false, `manifest key ${name}`);
    }
    for (const key of ['optional_permissions', 'optional_host_permissions']) assert.equal(Object.hasOwn(manifest, key), false, key);
  });

  it('asks for host access only where its content script already runs (scripting injects the reader bundle there)', () => {
    const hosts = (manifest.host_permissions as string[] | undefined) ?? [];
    const scripts = manifest.content_scripts as { matches: string[] }[];
    const matched = new Set(scripts.flatMap((s) => s.matches));
    assert.deepEqual([...hosts].sort(), [...matched].sort());
  });

  it('runs its content script on http(s) pages only, in the top frame, and loads no remote code', () => {
    const scripts = manifest.content_scripts as { matches: string[]; all_frames?: boolean; js: string[] }[];
    for (const script of scripts) {
      assert.deepEqual([...script.matches].sort(), ['http://*/*', 'https://*/*']);
      assert.notEqual(script.all_frames, true);
      for (const file of script.js) assert.doesNotMatch(file, /^(https?:)?\/\//);
    }
    // No CSP of our own: MV3's default forbids remote scripts and eval, and nothing here loosens it.
    assert.equal(Object.hasOwn(manifest, 'content_security_policy'), false);
    assert.equal(Object.hasOwn(manifest, 'update_url'), false);
  });
});
