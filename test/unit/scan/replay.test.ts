// `recoupe scan --replay`: exported feedback reports replayed through today's matcher, each with a verdict
// and the reasons in words, so a pack maintainer can turn them into test cases.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { replayReport } from '../../../src/cli/commands/replay.ts';
import { feedbackFile, type FeedbackReport } from '../../../src/shared/feedback.ts';
import { bundledContext, repoRoot } from './labelled.ts';

const date = '2026-12-03T11:00:00.000Z';
const url = 'http://news.test/article';
const families = 'Les combats ont poussé 2000 familles à fuir leurs habitations.';
const ninetyFour = "L'armée russe a annoncé dimanche avoir frappé en Syrie 94 cibles «terroristes» ces dernières 24 heures.";

describe('recoupe scan --replay', () => {
  it('says whether a "not this claim" sentence is still underlined with that claim, and why', async () => {
    const ctx = await bundledContext();
    const still = replayReport({ kind: 'not-this-claim', sentence: families, url, claimId: 'aleppo-fighting-2000-families-fled', date, lang: 'fr' }, ctx);
    assert.equal(still.verdict, 'still-matched');
    assert.deepEqual(still.nearest[0]?.reasons, ["most of the claim's wording is there (100 %)", 'same figure: 2000']);
    const gone = replayReport({ kind: 'not-this-claim', sentence: ninetyFour, url, claimId: 'ru-mod-39-sorties-60-targets-24h', date, lang: 'fr' }, ctx);
    assert.equal(gone.verdict, 'no-longer-matched');
    assert.equal(gone.nearest[0]?.reasons[0], 'different figure: 94, the claim says 60');
  });

  it('says whether a missed claim is found now, with the closest claims', async () => {
    const ctx = await bundledContext();
    const found = replayReport({ kind: 'missed-claim', sentence: ninetyFour, url, date, lang: 'fr' }, ctx);
    assert.equal(found.verdict, 'now-matched');
    assert.deepEqual(found.matched, ['ru-mod-59-sorties-94-targets-2015-10-26']);
    const missed = replayReport({ kind: 'missed-claim', sentence: 'Le marché du samedi a rouvert sur la place, comme chaque semaine.', url, date, lang: 'fr' }, ctx);
    assert.equal(missed.verdict, 'still-missed');
  });

  it('prints one JSON line per report, skips entries that are not reports, and refuses a file that is not an export', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-replay-'));
    const reports: FeedbackReport[] = [{ kind: 'missed-claim', sentence: families, url, date, lang: 'fr' }];
    const good = join(dir, 'reports.json');
    writeFileSync(good, JSON.stringify({ ...feedbackFile(reports, new Date(date)), reports: [...reports, { kind: 'bogus' }] }));
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/recoupe.js'), 'scan', '--replay', good, '--json'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { verdict: string; matched: string[] });
    assert.deepEqual(lines.map((l) => [l.verdict, l.matched]), [['now-matched', ['aleppo-fighting-2000-families-fled']]]);
    assert.match(run.stderr, /skipped 1 entry that is not a report/);

    const bad = join(dir, 'pack.json');
    writeFileSync(bad, '{"packs": []}');
    const refused = spawnSync(process.execPath, [join(repoRoot, 'bin/recoupe.js'), 'scan', '--replay', bad], { encoding: 'utf8' });
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /not a recoupe-feedback file/);
  });
});
