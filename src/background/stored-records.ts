// Records read back from IndexedDB are data from outside the code: another version of Recoupe, a
// debugging session, a disk error or a hostile script on the extension's origin may have written them.
// Each is checked here before use, exactly as strictly as at import; a record that fails is quarantined
// (never used, reported on the options page with a "remove" button), and the others keep working.
import type { Pack } from '../core/pack/types.ts';
import { validatePack } from '../core/pack/validate.ts';
import type { BrokenReason, BrokenRecord, BudgetProblem, ImportedPackInfo, PackFileFormat } from '../shared/pack-info.ts';
import { MAX_FEED_URL_CHARS } from '../shared/feed-url.ts';
import { checkBudget } from './pack-budget.ts';

export type { BrokenRecord };

const FORMATS: readonly PackFileFormat[] = ['recoupe-pack', 'claimreview-jsonld', 'fact-check-tools'];
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length > 0 && x.length <= max;

/** The key of a record as text, whatever IndexedDB key type it has. */
export function keyText(key: unknown): string {
  return typeof key === 'string' ? key : JSON.stringify(key) ?? String(key);
}

/** A listing (`meta`) record, or the reason it cannot be used. */
export function checkInfo(key: unknown, value: unknown): { ok: true; info: ImportedPackInfo } | { ok: false; detail: string } {
  if (!isObject(value)) return { ok: false, detail: 'not an object' };
  const v = value;
  const problems: string[] = [];
  if (!isText(v.id, 100) || v.id !== key) problems.push('id');
  if (!isObject(v.name) || Object.keys(v.name).length === 0 || !Object.values(v.name).every((n) => isText(n, 300))) problems.push('name');
  if (!isText(v.version, 200)) problems.push('version');
  if (!isCount(v.claimCount)) problems.push('claimCount');
  if (typeof v.enabled !== 'boolean') problems.push('enabled');
  if (typeof v.fileName !== 'string' || v.fileName.length > 1000) problems.push('fileName');
  if (!FORMATS.includes(v.format as PackFileFormat)) problems.push('format');
  if (typeof v.importedAt !== 'string' || Number.isNaN(Date.parse(v.importedAt))) problems.push('importedAt');
  if (!isCount(v.size)) problems.push('size');
  if (v.subscription !== undefined && !isText(v.subscription, MAX_FEED_URL_CHARS)) problems.push('subscription');
  if (problems.length > 0) return { ok: false, detail: `bad or missing: ${problems.join(', ')}` };
  const info: ImportedPackInfo = {
    id: v.id as string,
    name: { ...(v.name as Record<string, string>) },
    version: v.version as string,
    claimCount: v.claimCount as number,
    enabled: v.enabled as boolean,
    fileName: v.fileName as string,
    format: v.format as PackFileFormat,
    importedAt: v.importedAt as string,
    size: v.size as number,
    ...(typeof v.subscription === 'string' && { subscription: v.subscription }),
  };
  return { ok: true, info };
}

/** A stored pack body (`packs` record `{ id, pack }`), validated and within budget, or why not. */
export function checkPackRecord(key: string, value: unknown): { ok: true; pack: Pack } | { ok: false; reason: BrokenReason; detail: string } {
  if (!isObject(value) || value.id !== key) return { ok: false, reason: 'pack-unreadable', detail: 'not a pack record' };
  const result = validatePack(value.pack);
  if (!result.ok) {
    const first = result.errors[0]!;
    return { ok: false, reason: 'pack-unreadable', detail: `${first.path} ${first.message}`.slice(0, 300) };
  }
  if (result.pack.id !== key) return { ok: false, reason: 'pack-unreadable', detail: `holds pack "${result.pack.id.slice(0, 100)}"` };
  const over = checkBudget(result.pack);
  if (over) return { ok: false, reason: 'pack-over-budget', detail: budgetDetail(over) };
  return { ok: true, pack: result.pack };
}

export function budgetDetail(problem: BudgetProblem): string {
  return `${problem.path}: ${problem.value} > ${problem.max} (${problem.limit})`;
}
