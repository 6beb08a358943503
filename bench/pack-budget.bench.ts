// What an imported pack costs the background after every service-worker restart: reading it back
// (validation + budget check, done on every read since storage heals) and building the index from it.
// Baseline: the bundled pack alone, in the same run. The figures set the budgets in
// src/background/pack-budget.ts (docs/adr/0007-pack-budgets.md).
import { compileBundledPack } from '../scripts/lib/bundled-pack.ts';
import { buildEngine, mergePacks } from '../src/background/engine.ts';
import { checkBudget } from '../src/background/pack-budget.ts';
import { validatePack } from '../src/core/pack/validate.ts';
import type { CompiledPack, Pack } from '../src/core/pack/types.ts';

const bundled = JSON.parse(await compileBundledPack('claims-db')) as CompiledPack;

function tinyPack(claims: number, nameLength = 10): Pack {
  return {
    format: 'recoupe-pack/1',
    id: `tiny-${claims}`,
    name: { en: 'Tiny claims' },
    version: '1',
    entities: [{ id: 'someone', name: { en: 'S'.repeat(nameLength) }, kind: 'person' }],
    claims: Array.from({ length: claims }, (_, i) => ({
      id: `c${i}`,
      claimant: 'someone',
      date: '2020-01-02',
      text: { en: `Exampleville claim number ${i} about ${i % 97} bridges and ${i % 89} schools` },
      evidence: [],
    })),
  };
}

function time(work: () => void, runs = 3): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Engine build as the background does it on first use; `matchText` forces the lazy parts. */
function engineMs(imported: Pack[]): number {
  return time(() => buildEngine(mergePacks(bundled, imported)).matcher.matchText('Exampleville bridges', 'en'), 1);
}

const base = engineMs([]);
const rows: [string, number, number][] = [];
for (const [label, pack] of [
  ['1,000 tiny claims', tinyPack(1_000)],
  ['25,000 tiny claims (per-pack budget)', tinyPack(25_000)],
  ['50,000 tiny claims (total budget)', tinyPack(50_000)],
  ['400,000 tiny claims (refused)', tinyPack(400_000)],
] as const) {
  const read = time(() => {
    const json = JSON.parse(JSON.stringify(pack)) as unknown;
    const valid = validatePack(json);
    if (valid.ok) checkBudget(valid.pack, 0);
  }, 1);
  rows.push([label, read, engineMs([pack])]);
}
const longName = tinyPack(1, 10_000_000);
const refuse = time(() => checkBudget(longName, 0), 3);

console.log('| imported pack | read back + validate (ms) | index build (ms) | build vs bundled only |');
console.log('|---|---:|---:|---:|');
console.log(`| none (bundled pack only) | – | ${base.toFixed(0)} | 1.0× |`);
for (const [label, read, build] of rows) console.log(`| ${label} | ${read.toFixed(0)} | ${build.toFixed(0)} | ${(build / base).toFixed(1)}× |`);
console.log(`\nBudget check refusing a 10 MB entity name: ${refuse.toFixed(2)} ms`);

