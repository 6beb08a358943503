// What the options page shows about claim packs, and what an import answers. Shared by the background
// (which stores packs) and the options page (which lists them); payloads of the 'options/…' messages.
import type { PackError } from '../core/pack/validate.ts';
import type { PackFileFormat } from '../core/pack/read-file.ts';

export type { PackError, PackFileFormat };

export interface PackSummary {
  readonly id: string;
  readonly name: Record<string, string>;
  readonly version: string;
  readonly claimCount: number;
}

/** An imported pack as stored: its summary plus how it came in and whether it is used for matching. */
export interface ImportedPackInfo extends PackSummary {
  readonly enabled: boolean;
  readonly fileName: string;
  readonly format: PackFileFormat;
  /** ISO timestamp of the import. */
  readonly importedAt: string;
  /** Size of the imported file's text, in UTF-16 code units (≈ bytes for ASCII JSON). */
  readonly size: number;
}

/**
 * Why an import was refused. 'invalid': `errors` lists every problem with its JSON path (size and
 * syntax problems are reported at "$"). 'exists': an imported pack already has this id — resend with
 * `replace: true` to overwrite it. 'bundled': the id is the bundled pack's, which cannot be replaced.
 * 'storage': the browser refused to store the pack; nothing was changed.
 */
export type ImportRefusal =
  | { readonly reason: 'invalid'; readonly errors: PackError[] }
  | { readonly reason: 'exists'; readonly id: string }
  | { readonly reason: 'bundled'; readonly id: string }
  | { readonly reason: 'storage'; readonly detail: string };

export type ImportResult = { readonly ok: true; readonly pack: ImportedPackInfo; readonly replaced: boolean } | ({ readonly ok: false } & ImportRefusal);
