// Node-only pack loading for the CLI: files or directories of *.json packs, size-limited, parsed and
// validated by the core. Every problem is reported as `file: $.path: message`.
import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_PACK_BYTES, parsePackText, type PackError, type PackResult } from '../core/pack/validate.ts';
import type { Pack } from '../core/pack/types.ts';

/** claims-db/ of this checkout: packs there are bundled with the extension and follow stricter rules. */
export const BUNDLED_DIR = fileURLToPath(new URL('../../claims-db/', import.meta.url));

export interface PackFile {
  /** Path as shown to the user: relative to the working directory when inside it. */
  readonly file: string;
  readonly absolute: string;
  /** The file's text, when it could be read. */
  readonly text?: string;
  readonly result: PackResult;
}

export function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

export function isBundled(absolute: string): boolean {
  return resolve(absolute).startsWith(resolve(BUNDLED_DIR) + sep);
}

export function formatErrors(file: string, errors: readonly PackError[]): string[] {
  return errors.map((e) => `${file}: ${e.path}: ${e.message}`);
}

function failed(absolute: string, message: string): PackFile {
  return { file: displayPath(absolute), absolute, result: { ok: false, errors: [{ path: '$', message }] } };
}

/** Expands directories to their *.json files (sorted, not recursive), then reads and validates each. */
export async function readPackFiles(paths: readonly string[], maxBytes = MAX_PACK_BYTES): Promise<PackFile[]> {
  const out: PackFile[] = [];
  for (const path of paths) {
    const absolute = resolve(path);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      out.push(failed(absolute, 'no such file or directory'));
      continue;
    }
    if (info.isDirectory()) {
      const names = (await readdir(absolute)).filter((name) => name.endsWith('.json')).sort();
      if (names.length === 0) out.push(failed(absolute, 'directory contains no *.json pack'));
      for (const name of names) out.push(await readPackFile(join(absolute, name), maxBytes));
    } else {
      out.push(await readPackFile(absolute, maxBytes));
    }
  }
  return out;
}

async function readPackFile(absolute: string, maxBytes: number): Promise<PackFile> {
  const file = displayPath(absolute);
  try {
    const { size } = await stat(absolute);
    // Checked before reading, so a huge file is refused without loading it into memory.
    if (size > maxBytes) return failed(absolute, `file is ${size} bytes, over the ${maxBytes}-byte limit for a pack`);
    const text = await readFile(absolute, 'utf8');
    return { file, absolute, text, result: parsePackText(text, file, maxBytes) };
  } catch (error) {
    return failed(absolute, `cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Loads valid packs or throws one Error listing every problem in every file. */
export async function loadPacks(paths: readonly string[], maxBytes = MAX_PACK_BYTES): Promise<Pack[]> {
  const files = await readPackFiles(paths, maxBytes);
  const problems = files.flatMap((f) => (f.result.ok ? [] : formatErrors(f.file, f.result.errors)));
  if (problems.length > 0) throw new Error(`invalid pack file(s):\n${problems.join('\n')}`);
  return files.flatMap((f) => (f.result.ok ? [f.result.pack] : []));
}
