// `npm run package`: builds, then zips dist/chrome and dist/firefox into dist/recoupe-<browser>-<version>.zip.
// fflate writes the zip in-process (no system zip needed on CI machines).
import { zipSync } from 'fflate';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BROWSERS, DIST, buildAll } from './build.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

await buildAll();
const { version } = JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string };
for (const target of BROWSERS) {
  const dir = join(DIST, target);
  // Source maps stay out of store packages: they help debugging but add size and reveal nothing users need.
  const files = filesUnder(dir).filter((f) => !f.endsWith('.map'));
  const zip = zipSync(Object.fromEntries(files.map((f) => [relative(dir, f), readFileSync(f)])), { level: 9 });
  const out = join(DIST, `recoupe-${target}-${version}.zip`);
  writeFileSync(out, zip);
  console.log(`package: ${out} (${files.length} files, ${(zip.length / 1024).toFixed(1)} KB)`);
}
