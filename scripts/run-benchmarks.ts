// Runs every bench/*.bench.ts (or those whose name contains an argument) one after another, each in
// its own Node process with --expose-gc so heap figures are taken after a forced collection.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const filter = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter.length === 0 || filter.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('run-benchmarks: no bench/*.bench.ts file matched');
  process.exit(1);
}
const failed: string[] = [];
for (const file of files) {
  console.log(`\n## ${file}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join('bench', file)], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(file);
}
if (failed.length > 0) {
  console.error(`\nrun-benchmarks: failed: ${failed.join(', ')}`);
  process.exit(1);
}
