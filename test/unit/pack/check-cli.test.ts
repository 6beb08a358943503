// Runs the real CLI (`node bin/recoupe.js check|export`) on the fixture packs, as CI and editors do,
// and checks exit codes and that each message names the file and the JSON path.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const broken = 'test/fixtures/packs/broken';
const good = 'test/fixtures/packs/good/small.json';
// Each run starts Node twice (bin → tsx); more parallel runs than cores only slows them all down.
const concurrency = Math.max(1, availableParallelism());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function recoupe(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/recoupe.js', ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const cases: Array<{ fixture: string; path: string; message: RegExp; args?: string[] }> = [
  { fixture: 'bad-json', path: '$', message: /is not valid JSON: line 135, column 7/ },
  { fixture: 'missing-claimant', path: '$.claims[0].claimant', message: /is required but missing/ },
  { fixture: 'unknown-entity-reference', path: '$.claims[1].evidence[0].source', message: /"nobody-known" is not an entity of this pack/ },
  { fixture: 'duplicate-entity-id', path: '$.entities[3].id', message: /duplicate entity id "testland-tv"/ },
  { fixture: 'duplicate-claim-id', path: '$.claims[2].id', message: /duplicate claim id "mod-sixty-targets"/ },
  { fixture: 'bad-date', path: '$.claims[0].date', message: /"2015-02-30" is not a real date/ },
  { fixture: 'http-url', path: '$.claims[2].evidence[0].url', message: /not an absolute https:\/\/ URL/ },
  { fixture: 'missing-fr-text', path: '$.claims[1].text', message: /missing "fr" text/, args: ['--bundled'] },
  { fixture: 'parent-cycle', path: '$.entities[0].parent', message: /loops back: testland-gov → testland-mod → testland-gov/ },
  { fixture: 'wrong-relation', path: '$.claims[1].evidence[0].relation', message: /"supports" is not one of: confirms, partly, disputes, repeats, rated/ },
  { fixture: 'wrong-kind', path: '$.entities[4].kind', message: /"wire" is not one of/ },
  { fixture: 'figure-not-a-number', path: '$.claims[0].figures[0].value', message: /expected a finite number/ },
  { fixture: 'unexpected-field', path: '$.claims[0].status', message: /unexpected field/ },
  { fixture: 'not-canonical', path: '$', message: /not canonically formatted \(run `recoupe check --fix`\)/ },
  // Editorial rules (lint.ts): each fixture is schema-valid and canonical, yet its statuses would mislead.
  { fixture: 'duplicate-claim-figures', path: '$.claims[3]', message: /duplicate of \$\.claims\[0\] \("mod-sixty-targets"\): same claimant "testland-mod", same date 2015-10-08 and same figures \(60\)/ },
  { fixture: 'evidence-before-claim', path: '$.claims[2].evidence[0].date', message: /evidence dated 2015-10-05 is older than the claim \(2015-10-11\): it cannot confirm it/ },
  { fixture: 'relay-counted-as-independent', path: '$.claims[2].evidence[1].source', message: /"wire-agency" \(Wire Agency\) is among the claim's appearances .* use relation "repeats"/ },
  { fixture: 'interested-party-counted', path: '$.claims[2].evidence[1].source', message: /"ally-gov" counts as independent but is tied to "testland-gov", a party the claim is about \(Government of Allieland → Government of Testland\): declare .*"favours"/ },
];

describe('recoupe check on broken packs', { concurrency }, () => {
  for (const { fixture, path, message, args = [] } of cases) {
    it(`refuses ${fixture}.json, naming the file and ${path}`, async () => {
      const file = `${broken}/${fixture}.json`;
      const run = await recoupe('check', ...args, file);
      assert.equal(run.code, 1, run.stderr);
      const line = run.stderr.split('\n').find((l) => l.startsWith(`${file}: ${path}: `));
      assert.ok(line, `no line for ${path} in:\n${run.stderr}`);
      assert.match(line, message);
      assert.equal(run.stdout, '');
    });
  }

  it('applies the bundled fr+en rule only with --bundled or under claims-db/', async () => {
    const run = await recoupe('check', `${broken}/missing-fr-text.json`);
    assert.equal(run.code, 0, run.stderr);
  });

  it('reports every broken file of a directory in one run', async () => {
    const run = await recoupe('check', broken);
    assert.equal(run.code, 1);
    for (const { fixture } of cases.filter((c) => !c.args)) assert.match(run.stderr, new RegExp(`${fixture}\\.json: `));
    assert.match(run.stdout, /^ok: test\/fixtures\/packs\/broken\/missing-fr-text\.json/m);
  });

  it('refuses bundled packs that define a shared entity differently, naming the later file and the fields', async () => {
    const dir = `${broken}/shared-entity`;
    const run = await recoupe('check', '--bundled', dir);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^ok: test\/fixtures\/packs\/broken\/shared-entity\/a\.json/m);
    const line = run.stderr.split('\n').find((l) => l.startsWith(`${dir}/b.json: $.entities[4]: `));
    assert.ok(line, run.stderr);
    assert.match(line, /entity "wire-agency" differs from its definition in .*a\.json \(country\).*renames it "fixture-shared-b:wire-agency"/);
  });

  it('accepts bundled packs that share entities unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-shared-'));
    const pack = JSON.parse(readFileSync(join(root, good), 'utf8')) as { id: string };
    writeFileSync(join(dir, 'a.json'), `${JSON.stringify({ ...pack, id: 'copy-a' }, null, 2)}\n`);
    writeFileSync(join(dir, 'b.json'), `${JSON.stringify({ ...pack, id: 'copy-b' }, null, 2)}\n`);
    const run = await recoupe('check', '--bundled', dir);
    assert.equal(run.code, 0, run.stderr);
  });

  it('says so when a file does not exist', async () => {
    const run = await recoupe('check', 'test/fixtures/packs/nope.json');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^test\/fixtures\/packs\/nope\.json: \$: no such file or directory$/m);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-check-'));
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 32 * 1024 * 1024 + 1);
    const run = await recoupe('check', huge);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /huge\.json: \$: file is 33554433 bytes, over the 33554432-byte limit/);
  });

  it('rejects unknown options with exit code 2', async () => {
    const run = await recoupe('check', '--frobnicate', good);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown option --frobnicate/);
  });
});

describe('recoupe check on good packs', { concurrency }, () => {
  it('prints ok with the entity and claim counts', async () => {
    const run = await recoupe('check', '--bundled', good);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `ok: ${good} (7 entities, 3 claims)\n`);
  });

  it('rewrites a valid pack in canonical format with --fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-fix-'));
    const file = join(dir, 'pack.json');
    copyFileSync(join(root, broken, 'not-canonical.json'), file);
    const run = await recoupe('check', '--fix', file);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /fixed: .*pack\.json/);
    assert.equal(readFileSync(file, 'utf8'), readFileSync(join(root, good), 'utf8'));
    assert.equal((await recoupe('check', file)).code, 0);
  });

  it('does not rewrite a pack that fails validation, even with --fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-fix-'));
    const file = join(dir, 'pack.json');
    const text = `${JSON.stringify(JSON.parse(readFileSync(join(root, broken, 'bad-date.json'), 'utf8')), null, 4)}\n`;
    writeFileSync(file, text);
    const run = await recoupe('check', '--fix', file);
    assert.equal(run.code, 1);
    assert.equal(readFileSync(file, 'utf8'), text);
  });
});

describe('recoupe export --claimreview', { concurrency }, () => {
  it('prints the fact-checkers’ reviews of a pack as JSON-LD', async () => {
    const run = await recoupe('export', '--claimreview', '--pack', good);
    assert.equal(run.code, 0, run.stderr);
    const reviews = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    assert.equal(reviews.length, 1);
    assert.equal(reviews[0]?.['@type'], 'ClaimReview');
    assert.equal(reviews[0]?.claimReviewed, 'The observatory says a village was taken.');
  });

  it('writes one derived-status review per claim to a file with --derived --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'recoupe-export-')), 'out.json');
    const run = await recoupe('export', '--claimreview', '--derived', '--pack', good, '--out', out);
    assert.equal(run.code, 0, run.stderr);
    const reviews = JSON.parse(readFileSync(out, 'utf8')) as Array<{ reviewRating: { alternateName: string } }>;
    assert.deepEqual(reviews.map((r) => r.reviewRating.alternateName), ['Unverified', 'Disputed', 'Corroborated']);
  });

  it('fails clearly on an invalid pack and on a missing --claimreview', async () => {
    const bad = await recoupe('export', '--claimreview', '--pack', `${broken}/bad-date.json`);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /bad-date\.json: \$\.claims\[0\]\.date: "2015-02-30"/);
    const usage = await recoupe('export', '--pack', good);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /pass --claimreview/);
  });
});
