// Compiles claims-db/ for the build: the same loader and rules as `recoupe check` (validation and the
// bundled pack's stricter rules), statuses derived, serialised once for every browser target; and the
// bundled packs' match indexes, built here and serialised (docs/adr/0014-serialised-index.md), so a woken
// background loads them instead of analysing every claim again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPacks } from '../../src/cli/load-packs.ts';
import { compilePacks } from '../../src/core/pack/compile.ts';
import type { CompiledPack } from '../../src/core/pack/types.ts';
import { validateBundledPack } from '../../src/core/pack/validate.ts';
import { LanguageEngines } from '../../src/core/match/engines.ts';
import { encodeIndexes } from '../../src/core/match/index-codec.ts';

export async function compileBundledPack(dir: string): Promise<string> {
  const packs = await loadPacks([dir]);
  const problems = packs.flatMap((pack) => validateBundledPack(pack).map((e) => `${pack.id}: ${e.path}: ${e.message}`));
  if (problems.length > 0) throw new Error(`the bundled claim pack is invalid:\n${problems.join('\n')}`);
  return JSON.stringify(compilePacks(packs));
}

/**
 * What a stored index depends on besides the packs: the code that analyses claims. A hash of the core's
 * sources, so indexes kept in IndexedDB by another build are rebuilt (src/background/index-cache.ts).
 */
export function matcherVersion(coreDir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(coreDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|json)$/.test(f)).sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(coreDir, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The bundled packs' indexes, serialised, and the key they were stored under (matcher version and pack hash). */
export function bundledIndex(compiledJson: string, version: string): { key: string; data: Uint8Array } {
  const pack = JSON.parse(compiledJson) as CompiledPack;
  const key = `${version}:${createHash('sha256').update(compiledJson).digest('hex').slice(0, 32)}`;
  const engines = new LanguageEngines(pack.claims, pack.entities);
  const indexes = engines.indexes();
  // With the indexes, every entity lexicon their engines built (the French one reads the English names too).
  return { key, data: encodeIndexes(key, indexes, engines.lexicons()) };
}
