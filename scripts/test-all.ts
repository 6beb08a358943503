// `npm test`: every check, in order, stopping at the first failure and naming it.
import { spawnSync } from 'node:child_process';

const STEPS: Array<[name: string, command: string]> = [
  ['typecheck', 'npx tsc --noEmit -p tsconfig.json'],
  ['lint', 'npx eslint .'],
  ['claim packs (recoupe check)', 'node bin/recoupe.js check'],
  ['unit tests', 'npx tsx scripts/run-unit-tests.ts'],
  ['build', 'npx tsx scripts/build.ts'],
  ['web-ext lint (Firefox build)', 'npx web-ext lint --source-dir dist/firefox --self-hosted=false'],
  ['e2e tests (Chromium and Firefox)', 'npx playwright test'],
];

for (const [name, command] of STEPS) {
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const result = spawnSync(command, { shell: true, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nnpm test: FAILED at step "${name}" (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  console.log(`=== ${name}: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log('\nnpm test: all steps passed');
