import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bundledContext, corpusPages, repoRoot, scanHtml, seedText } from './labelled.ts';

describe('recoupe scan', () => {
  it('finds no claim on the 36 real news pages of the corpus with the bundled pack', async () => {
    const ctx = await bundledContext();
    const pages = readdirSync(corpusPages).filter((f) => f.endsWith('.html'));
    assert.equal(pages.length, 36);
    const found = pages.flatMap((p) => scanHtml(join(corpusPages, p), ctx).matches.map((m) => `${p}: ${m.claim.id} ← ${m.sentence}`));
    assert.deepEqual(found, []);
  });

  it('prints one JSON object per input with the documented fields', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/recoupe.js'), 'scan', '--json', seedText], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const report = JSON.parse(lines[0]!) as { source: string; lang: string; matches: Record<string, unknown>[] };
    assert.equal(report.source, seedText);
    assert.equal(report.lang, 'fr');
    assert.ok(report.matches.length >= 10);
    const first = report.matches[0] as { sentence: string; score: number; claim: Record<string, unknown> };
    assert.equal(typeof first.sentence, 'string');
    assert.equal(typeof first.score, 'number');
    assert.deepEqual(Object.keys(first.claim).sort(), ['claimant', 'date', 'id', 'status', 'text', 'texts']);
    assert.deepEqual(Object.keys(first.claim.claimant as object).sort(), ['id', 'name']);
  });

  it('prints a readable table without --json, and fails on a missing file', () => {
    const ok = spawnSync(process.execPath, [join(repoRoot, 'bin/recoupe.js'), 'scan', seedText], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /ru-mod-39-sorties-60-targets-24h/);
    const missing = spawnSync(process.execPath, [join(repoRoot, 'bin/recoupe.js'), 'scan', join(repoRoot, 'no-such-file.html')], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read/);
  });

  it('--explain prints, per sentence, the candidates with scores and features and what decided', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/recoupe.js'), 'scan', '--explain', seedText], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /=> ru-mod-39-sorties-60-targets-24h, ru-mod-49-targets-saturday/);
    assert.match(run.stdout, /ACCEPTED/);
    assert.match(run.stdout, /refused \(gate (coverage|informative|matched|score|clause-coverage)/);
    assert.match(run.stdout, /rank \d\.\d\d {2}score \d\.\d\d {2}coverage/);
    const json = spawnSync(process.execPath, [join(repoRoot, 'bin/recoupe.js'), 'scan', '--explain', '--json', seedText], { encoding: 'utf8' });
    const lines = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { sentence: string; matched: string[]; candidates: { claimId: string; accepted: boolean; decision: { conflicts: unknown[] } }[] });
    assert.equal(lines.length, 17); // the seed article has 17 sentences
    assert.ok(lines.every((l) => Array.isArray(l.candidates) && l.candidates.every((c) => Array.isArray(c.decision.conflicts))));
  });
});
