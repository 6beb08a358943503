// Compiles claims-db/ for the build: the same loader and rules as `recoupe check` (validation and the
// bundled pack's stricter rules), statuses derived, serialised once for every browser target.
import { loadPacks } from '../../src/cli/load-packs.ts';
import { compilePacks } from '../../src/core/pack/compile.ts';
import { validateBundledPack } from '../../src/core/pack/validate.ts';

export async function compileBundledPack(dir: string): Promise<string> {
  const packs = await loadPacks([dir]);
  const problems = packs.flatMap((pack) => validateBundledPack(pack).map((e) => `${pack.id}: ${e.path}: ${e.message}`));
  if (problems.length > 0) throw new Error(`the bundled claim pack is invalid:\n${problems.join('\n')}`);
  return JSON.stringify(compilePacks(packs));
}
