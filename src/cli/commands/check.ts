// `recoupe check [FILE|DIR]... [--fix] [--bundled]`: validates packs (schema, references, canonical
// formatting; fr+en rules for packs in claims-db/ or with --bundled), then the editorial rules of
// lint.ts (duplicates, evidence older than its claim, relays or interested parties counted as
// independent) and, across bundled packs, entities shared with differing definitions. --fix rewrites
// schema-valid packs in canonical format. Exit 1 if any file has an error, 2 on bad usage.
import { writeFile } from 'node:fs/promises';
import { formatPack, isCanonical } from '../../core/pack/canonical.ts';
import { lintPack, sharedEntityConflicts } from '../../core/pack/lint.ts';
import type { Pack } from '../../core/pack/types.ts';
import { validateBundledPack, type PackError } from '../../core/pack/validate.ts';
import { BUNDLED_DIR, formatErrors, isBundled, readPackFiles } from '../load-packs.ts';

const USAGE = 'usage: recoupe check [FILE|DIR]... [--fix] [--bundled]   (default: claims-db/)';
const NOT_CANONICAL = 'not canonically formatted (run `recoupe check --fix`)';

export async function runCheck(args: string[]): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith('-')));
  const unknown = [...flags].filter((f) => f !== '--fix' && f !== '--bundled');
  if (unknown.length > 0) {
    console.error(`recoupe check: unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const paths = args.filter((a) => !a.startsWith('-'));
  const files = await readPackFiles(paths.length > 0 ? paths : [BUNDLED_DIR]);
  const packOwners = new Map<string, string>();
  const bundled = files.flatMap((f) => (f.result.ok && (flags.has('--bundled') || isBundled(f.absolute)) ? [{ file: f.file, pack: f.result.pack as Pack }] : []));
  const conflicts = sharedEntityConflicts(bundled);
  let failures = 0;

  for (const { file, absolute, text, result } of files) {
    const errors: PackError[] = result.ok ? [] : [...result.errors];
    if (result.ok) {
      const { pack } = result;
      if (flags.has('--bundled') || isBundled(absolute)) errors.push(...validateBundledPack(pack));
      errors.push(...lintPack(pack));
      errors.push(...conflicts.filter((c) => c.file === file).map((c) => c.error));
      const owner = packOwners.get(pack.id);
      if (owner !== undefined) errors.push({ path: '$.id', message: `pack id "${pack.id}" is already used by ${owner}` });
      else packOwners.set(pack.id, file);
      if (text !== undefined && !isCanonical(text)) {
        if (flags.has('--fix')) {
          await writeFile(absolute, formatPack(pack), 'utf8');
          console.log(`fixed: ${file} (rewritten in canonical format)`);
        } else {
          errors.push({ path: '$', message: NOT_CANONICAL });
        }
      }
    }
    if (errors.length > 0) {
      failures++;
      for (const line of formatErrors(file, errors)) console.error(line);
    } else if (result.ok) {
      console.log(`ok: ${file} (${result.pack.entities.length} entities, ${result.pack.claims.length} claims)`);
    }
  }
  if (failures > 0) console.error(`recoupe check: ${failures} of ${files.length} file(s) have errors`);
  return failures > 0 ? 1 : 0;
}
