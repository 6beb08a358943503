// `recoupe stats`: the counts (packStats) on a compiled fixture spanning two packs and two months, and
// the real CLI printing them as tables.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePacks } from '../../../src/core/pack/compile.ts';
import { packStats } from '../../../src/core/pack/stats.ts';
import { table } from '../../../src/cli/commands/stats.ts';
import type { Pack } from '../../../src/core/pack/types.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const good = JSON.parse(readFileSync(join(root, 'test/fixtures/packs/good/small.json'), 'utf8')) as Pack;
// A second pack: the observatory's claim again, a month later, with no evidence (unverified).
const later: Pack = {
  ...good,
  id: 'fixture-later',
  claims: [{ ...good.claims[2]!, id: 'observatory-november', date: '2015-11-02', evidence: [] }],
};

describe('packStats', () => {
  const stats = packStats(compilePacks([good, later]));

  it('counts claims by claimant, most claims first, with each status', () => {
    assert.equal(stats.total, 4);
    assert.deepEqual(
      stats.byClaimant.map((r) => [r.key, r.total, r.byStatus.corroborated, r.byStatus.disputed, r.byStatus.unverified]),
      [
        ['fictional-observatory', 2, 1, 0, 1],
        ['testland-mod', 2, 0, 1, 1],
      ],
    );
    assert.equal(stats.byClaimant[0]?.label, 'Fictional Observatory (fictional-observatory)');
  });

  it('counts claims by status, in order from corroborated to unverified, listing only statuses present', () => {
    assert.deepEqual(stats.byStatus.map((r) => [r.key, r.total]), [['corroborated', 1], ['disputed', 1], ['unverified', 2]]);
  });

  it('counts claims by month of the claim', () => {
    assert.deepEqual(stats.byMonth.map((r) => [r.key, r.total, r.byStatus.unverified]), [['2015-10', 3, 1], ['2015-11', 1, 1]]);
  });

  it('prints an aligned table with a total row', () => {
    const lines = table('month', stats.byMonth, true);
    assert.deepEqual(lines, [
      'month    claims  corrob.  partly  contested  disputed  unverified',
      '-------  ------  -------  ------  ---------  --------  ----------',
      '2015-10       3        1       0          0         1           1',
      '2015-11       1        0       0          0         0           1',
      '-------  ------  -------  ------  ---------  --------  ----------',
      'total         4        1       0          0         1           2',
    ]);
  });
});

function recoupe(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/recoupe.js', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error && typeof error.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr });
    });
  });
}

describe('recoupe stats (CLI)', () => {
  it('prints the three tables for the packs of a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-stats-'));
    writeFileSync(join(dir, 'a.json'), `${JSON.stringify(good, null, 2)}\n`);
    writeFileSync(join(dir, 'b.json'), `${JSON.stringify(later, null, 2)}\n`);
    const run = await recoupe('stats', dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^4 claims in 2 pack\(s\): fixture-small, fixture-later\n/);
    assert.match(run.stdout, /\nClaims by claimant\nclaimant +claims +corrob\. +partly +contested +disputed +unverified\n/);
    assert.match(run.stdout, /\nFictional Observatory \(fictional-observatory\) +2 +1 +0 +0 +0 +1\n/);
    assert.match(run.stdout, /\nClaims by status\n[\s\S]*\nunverified +2\n/);
    assert.match(run.stdout, /\n2015-11 +1 +0 +0 +0 +0 +1\n/);
  });

  it('defaults to the bundled packs and fails on an invalid pack or option', async () => {
    const bundled = await recoupe('stats');
    assert.equal(bundled.code, 0, bundled.stderr);
    assert.match(bundled.stdout, /Russian Ministry of Defence \(ru-mod\)/);
    const bad = await recoupe('stats', 'test/fixtures/packs/broken/bad-date.json');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /bad-date\.json: \$\.claims\[0\]\.date/);
    assert.equal((await recoupe('stats', '--json')).code, 2);
  });
});
