// The real-text development set (test/fixtures/devset/*.json, format: /work/wt/SHARED-FORMATS.md §1 and
// test/fixtures/devset/README.md), scored through the extension's own matching path: the packs compiled
// as the extension compiles them, then Matcher.matchBlocks, the function the background runs for a tab.
// Shared by bench/devset-quality.bench.ts (prints P/R) and the unit test that keeps a precision floor.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePacks } from '../src/core/pack/compile.ts';
import { createMatcher, type Matcher } from '../src/core/match/matcher.ts';
import { readPackFiles } from '../src/cli/load-packs.ts';
import type { CompiledPack } from '../src/core/pack/types.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const devsetDir = join(repoRoot, 'test/fixtures/devset');
export const bundledPacksDir = join(repoRoot, 'claims-db');

export interface DevSentence {
  readonly text: string;
  readonly claim?: string | null;
  readonly claims?: readonly string[];
  readonly note?: string;
}

export interface DevFile {
  readonly file: string;
  readonly url: string;
  readonly outlet: string;
  readonly date: string;
  readonly lang: string;
  readonly seen: 'page' | 'excerpt';
  readonly sentences: readonly DevSentence[];
}

/** Every dev file in the given directories (RECOUPE_DEVSET_DIRS, colon-separated, overrides the default). */
export function loadDevset(dirs: readonly string[] = envList('RECOUPE_DEVSET_DIRS') ?? [devsetDir]): DevFile[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<DevFile, 'file'>) })),
  );
}

/** Every pack in claims-db/ (RECOUPE_PACK_DIRS overrides), compiled like the extension's bundled index. */
export async function compileBundled(dirs: readonly string[] = envList('RECOUPE_PACK_DIRS') ?? [bundledPacksDir]): Promise<CompiledPack> {
  const files = await readPackFiles(dirs);
  // A pack that does not validate (e.g. mid-merge) is reported and left out, not fatal to the bench.
  for (const f of files) if (!f.result.ok) console.error(`devset: pack ${f.file} skipped: ${f.result.errors[0]?.message ?? 'invalid'}`);
  return compilePacks(files.flatMap((f) => (f.result.ok ? [f.result.pack] : [])));
}

function envList(name: string): string[] | undefined {
  const v = process.env[name];
  return v ? v.split(':').filter((s) => s.length > 0) : undefined;
}

export function expectedClaims(s: DevSentence): string[] {
  return s.claims ? [...s.claims] : s.claim ? [s.claim] : [];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  sentences: number;
}

export interface DevResult {
  readonly byLang: ReadonlyMap<string, Counts>;
  readonly overall: Counts;
  /** Sentences labelled with a claim no loaded pack has (skipped: their pack is not merged yet). */
  readonly unknownLabels: number;
  readonly falsePositives: string[];
  readonly misses: string[];
}

export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

/**
 * Each sentence is one block of a page declaring the file's language, as the content script sends it,
 * with the page's publication date (`dated`, the default) or without (a page that declares none).
 */
export function evaluate(matcher: Matcher, known: ReadonlySet<string>, files: readonly DevFile[], dated = true): DevResult {
  const byLang = new Map<string, Counts>();
  const overall: Counts = { tp: 0, fp: 0, fn: 0, sentences: 0 };
  let unknownLabels = 0;
  const falsePositives: string[] = [];
  const misses: string[] = [];
  for (const file of files) {
    const counts = byLang.get(file.lang) ?? { tp: 0, fp: 0, fn: 0, sentences: 0 };
    byLang.set(file.lang, counts);
    for (const s of file.sentences) {
      const expected = expectedClaims(s);
      if (expected.some((id) => !known.has(id))) {
        unknownLabels++;
        continue;
      }
      const found = new Set(matcher.matchBlocks([s.text], file.lang, dated ? { published: file.date } : {}).map((m) => m.claimId));
      for (const c of [counts, overall]) c.sentences++;
      for (const id of found) {
        const hit = expected.includes(id);
        for (const c of [counts, overall]) {
          if (hit) c.tp++;
          else c.fp++;
        }
        if (!hit) falsePositives.push(`${file.file}: ${id} <- ${s.text}`);
      }
      for (const id of expected) {
        if (found.has(id)) continue;
        for (const c of [counts, overall]) c.fn++;
        misses.push(`${file.file}: ${id} <- ${s.text}`);
      }
    }
  }
  return { byLang, overall, unknownLabels, falsePositives, misses };
}

export async function evaluateDevset(dated = true): Promise<DevResult & { claims: number; files: number }> {
  const pack = await compileBundled();
  const matcher = createMatcher({ claims: pack.claims, entities: pack.entities });
  const files = loadDevset();
  return { ...evaluate(matcher, new Set(pack.claims.map((c) => c.id)), files, dated), claims: pack.claims.length, files: files.length };
}
