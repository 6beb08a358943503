// Reads a pack file a user picked (options page import): detects which of the three accepted formats
// it is — a Recoupe pack (recoupe-pack/1), ClaimReview JSON-LD, or Fact Check Tools API output — and
// returns a validated Pack or every error with its JSON path. Pure: the caller decides where it is stored.
import { importClaimReview, slug } from './claimreview.ts';
import { hasType } from './claimreview-jsonld.ts';
import { isRecord } from './rules.ts';
import type { Pack } from './types.ts';
import { MAX_PACK_BYTES, parsePackText, validatePack, type PackError } from './validate.ts';

export type PackFileFormat = 'recoupe-pack' | 'claimreview-jsonld' | 'fact-check-tools';

export type PackFileResult =
  | { ok: true; pack: Pack; format: PackFileFormat }
  | { ok: false; errors: PackError[]; format?: PackFileFormat };

export interface ReadPackFileOptions {
  fileName: string;
  /** YYYY-MM-DD: version of a pack made from a ClaimReview feed. */
  importedAt: string;
  maxBytes?: number;
}

/**
 * Which format parsed JSON is in, or undefined. A Recoupe pack is recognised by `format` or `entities`
 * (so a pack with a wrong format marker still gets the validator's precise errors); JSON-LD by its
 * `@type`/`@context`/`@graph` or by being an array; Fact Check Tools output by `claims` alone.
 */
export function detectPackFormat(data: unknown): PackFileFormat | undefined {
  if (Array.isArray(data)) return 'claimreview-jsonld';
  if (!isRecord(data)) return undefined;
  if (Object.hasOwn(data, 'format') || Object.hasOwn(data, 'entities')) return 'recoupe-pack';
  if (hasType(data, 'ClaimReview') || Object.hasOwn(data, '@graph') || Object.hasOwn(data, '@context')) return 'claimreview-jsonld';
  if (Object.hasOwn(data, 'claims')) return 'fact-check-tools';
  return undefined;
}

/** Pack id for a feed that carries none: the file name's slug ("Fact checks (May).json" → "fact-checks-may"). */
export function packIdFromFileName(fileName: string): string {
  return slug(fileName.replace(/\.[a-z0-9]+$/i, '')) || 'imported';
}

export function readPackFile(text: string, options: ReadPackFileOptions): PackFileResult {
  const maxBytes = options.maxBytes ?? MAX_PACK_BYTES;
  let data: unknown;
  try {
    if (byteLength(text, maxBytes) > maxBytes) throw new RangeError('too large');
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    // parsePackText words size and syntax errors (with line and column) the same way `recoupe check` does.
    const result = parsePackText(text, options.fileName, maxBytes);
    return result.ok ? { ok: true, pack: result.pack, format: 'recoupe-pack' } : result;
  }
  const format = detectPackFormat(data);
  if (format === undefined) {
    return {
      ok: false,
      errors: [
        {
          path: '$',
          message:
            'is not a format Recoupe can import: expected a Recoupe pack ("format": "recoupe-pack/1"), ' +
            'ClaimReview JSON-LD ("@type": "ClaimReview", an array of them, or a "@graph"), or Fact Check Tools API output (an object with "claims")',
        },
      ],
    };
  }
  const result =
    format === 'recoupe-pack'
      ? validatePack(data)
      : importClaimReview(data, { packId: packIdFromFileName(options.fileName), name: baseName(options.fileName), importedAt: options.importedAt });
  return result.ok ? { ok: true, pack: result.pack, format } : { ok: false, errors: result.errors, format };
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[a-z0-9]+$/i, '').trim() || fileName || 'Imported pack';
}

/** UTF-8 size, computed only when the UTF-16 length alone cannot settle it. */
function byteLength(text: string, limit: number): number {
  return text.length * 3 <= limit ? text.length : new TextEncoder().encode(text).length;
}
