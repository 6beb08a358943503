// What the options page shows about claim packs, and what an import answers. Shared by the background
// (which stores packs) and the options page (which lists them); payloads of the 'options/…' messages.
import type { PackError } from '../core/pack/validate.ts';
import type { PackFileFormat } from '../core/pack/read-file.ts';

export type { PackError, PackFileFormat };

/** Which budget of imported packs a pack exceeds (see background/pack-budget.ts). */
export type BudgetLimit = 'claims-per-pack' | 'claims-total' | 'entities-per-pack' | 'name-chars' | 'text-chars';

/** The first budget a pack exceeds: which limit, the value found, the maximum, and where (JSON path). */
export interface BudgetProblem {
  readonly limit: BudgetLimit;
  readonly value: number;
  readonly max: number;
  readonly path: string;
}

/** What is wrong with a quarantined stored record, in words the options page can translate. */
export type BrokenReason = 'listing-unreadable' | 'pack-missing' | 'pack-unreadable' | 'pack-over-budget' | 'listing-missing';

/** A stored record that failed its check when read back: not used, listed apart, removable. */
export interface BrokenRecord {
  /** The record's key as text (what "remove" sends back). */
  readonly key: string;
  /** The pack's name when its listing could be read. */
  readonly name?: Record<string, string>;
  readonly reason: BrokenReason;
  /** One technical line for the curious (first validation error, or the budget exceeded). */
  readonly detail: string;
}

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
  /** The subscribed address this pack is downloaded from; absent for a pack imported from a file. */
  readonly subscription?: string;
}

/**
 * Why an import was refused. 'invalid': `errors` lists the first problems with their JSON path (size and
 * syntax problems are reported at "$"), `moreErrors` counts the ones left out. 'budget': the pack is
 * valid but larger than an imported pack may be (see background/pack-budget.ts). 'exists': an imported pack already has this id — resend with
 * `replace: true` to overwrite it. 'bundled': the id is the bundled pack's, which cannot be replaced.
 * 'subscribed': a subscription provides the pack with this id; a file cannot replace it.
 * 'storage': the browser refused to store the pack; nothing was changed.
 */
export type ImportRefusal =
  | { readonly reason: 'invalid'; readonly errors: PackError[]; readonly moreErrors: number }
  | ({ readonly reason: 'budget' } & BudgetProblem)
  | { readonly reason: 'exists'; readonly id: string }
  | { readonly reason: 'bundled'; readonly id: string }
  | { readonly reason: 'subscribed'; readonly id: string }
  | { readonly reason: 'storage'; readonly detail: string };

export type ImportResult = { readonly ok: true; readonly pack: ImportedPackInfo; readonly replaced: boolean } | ({ readonly ok: false } & ImportRefusal);
