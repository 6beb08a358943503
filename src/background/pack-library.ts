// The imported packs as the options page manages them: import (all or nothing), enable, disable,
// remove, export. Every change goes through one queue, so two imports never interleave, and
// `onChange` tells the engine to rebuild its index once the change is stored. Every record read back
// from the store is checked again (stored-records.ts): a broken one is quarantined and listed apart,
// so one bad record can neither stop the others nor the bundled pack.
import { formatPack } from '../core/pack/canonical.ts';
import { readPackFile } from '../core/pack/read-file.ts';
import type { Pack } from '../core/pack/types.ts';
import { compareVersions } from '../core/pack/version.ts';
import type { BudgetProblem, ImportedPackInfo, ImportRefusal, ImportResult, PackFileFormat, PackSummary } from '../shared/pack-info.ts';
import type { FeedProblem } from '../shared/subscription-info.ts';
import { checkBudget, PACK_BUDGET, type PackBudget } from './pack-budget.ts';
import type { PackStore } from './pack-store.ts';
import { checkInfo, checkPackRecord, keyText, type BrokenRecord } from './stored-records.ts';

/** Validation errors an import answers with: enough to fix a file, never a 30 MB reply. */
export const MAX_REPORTED_ERRORS = 100;

export interface PackListing {
  bundled: PackSummary[];
  imported: ImportedPackInfo[];
  broken: BrokenRecord[];
}

export class PackLibrary {
  readonly #store: PackStore;
  readonly #bundled: readonly PackSummary[];
  readonly #onChange: () => void;
  readonly #now: () => Date;
  readonly #budget: PackBudget;
  readonly #bundledClaimIds: ReadonlySet<string>;
  #queue: Promise<unknown> = Promise.resolve();
  /** Pack bodies found broken, by id and import time, so listing does not read them again. */
  readonly #bodyVerdicts = new Map<string, BrokenRecord | null>();

  constructor(options: {
    store: PackStore;
    bundled: readonly PackSummary[];
    onChange: () => void;
    now?: () => Date;
    budget?: PackBudget;
    /** The bundled claims' ids, which a subscribed pack may not take. */
    bundledClaimIds?: Iterable<string>;
  }) {
    this.#store = options.store;
    this.#bundledClaimIds = new Set(options.bundledClaimIds ?? []);
    this.#bundled = options.bundled;
    this.#onChange = options.onChange;
    this.#now = options.now ?? (() => new Date());
    this.#budget = options.budget ?? PACK_BUDGET;
  }

  async list(): Promise<PackListing> {
    const bundled = this.#bundled.map(({ id, name, version, claimCount }) => ({ id, name: { ...name }, version, claimCount }));
    const { infos, broken } = await this.#listing();
    const imported: ImportedPackInfo[] = [];
    for (const info of infos) {
      const key = verdictKey(info);
      const verdict = this.#bodyVerdicts.has(key) ? this.#bodyVerdicts.get(key) : (await this.#readBodies([info])).broken[0];
      if (verdict) broken.push(verdict);
      else imported.push(info);
    }
    return { bundled, imported, broken: [...broken, ...this.#overTotal(imported)] };
  }

  /** The enabled imported packs that pass every check, oldest import first (the order they are compiled in). */
  async enabledPacks(): Promise<Pack[]> {
    const { infos } = await this.#listing();
    const { packs } = await this.#readBodies(infos.filter((p) => p.enabled));
    let total = 0;
    return packs.filter((pack) => (total += pack.claims.length) <= this.#budget.claimsTotal);
  }

  /**
   * Validates the whole file first; only a valid pack within budget reaches the store, in one
   * transaction. An id that is already imported is refused unless `replace` is set; the bundled pack's
   * id is always refused.
   */
  import(fileName: string, text: string, replace: boolean): Promise<ImportResult> {
    return this.#serial(async (): Promise<ImportResult> => {
      const now = this.#now();
      const checked = await this.#check(fileName, text, now);
      if (!checked.ok) return { ok: false, ...checked.refusal };
      const { pack, format, infos } = checked;
      const existing = infos.find((p) => p.id === pack.id);
      // Its subscription would overwrite the file at the next update, or stop finding its pack.
      if (existing?.subscription !== undefined) return { ok: false, reason: 'subscribed', id: pack.id };
      if (existing && !replace) return { ok: false, reason: 'exists', id: pack.id };
      const over = this.#overBudget(pack, infos);
      if (over) return { ok: false, reason: 'budget', ...over };
      const info: ImportedPackInfo = { ...infoOf(pack, format, fileName, text, now), enabled: true };
      const stored = await this.#put(info, pack);
      return stored ?? { ok: true, pack: info, replaced: existing !== undefined };
    });
  }

  /**
   * A subscription's download, through the same validation as a file import (same errors), then the
   * checks a feed that changes by itself needs: it must keep its pack id, take no id another pack holds,
   * and never go back to an older version. Stored in one transaction with its listing entry, replacing
   * the previous version only once everything passed; on any refusal the previous version stays.
   */
  importFeed(text: string, feed: FeedImport): Promise<FeedImportResult> {
    return this.#serial(async (): Promise<FeedImportResult> => {
      const now = this.#now();
      const checked = await this.#check(feed.fileName, text, now);
      if (!checked.ok) {
        const { refusal } = checked;
        if (refusal.reason === 'invalid') return { ok: false, problem: { code: 'invalid', errors: refusal.errors, moreErrors: refusal.moreErrors } };
        return { ok: false, problem: { code: 'id-taken', id: refusal.id } };
      }
      const { pack, format, infos } = checked;
      if (feed.packId !== undefined && pack.id !== feed.packId) return { ok: false, problem: { code: 'id-changed', from: feed.packId, to: pack.id } };
      const existing = infos.find((p) => p.id === pack.id);
      if (existing && existing.subscription !== feed.url) return { ok: false, problem: { code: 'id-taken', id: pack.id } };
      if (existing && format === 'recoupe-pack' && compareVersions(pack.version, existing.version) < 0) {
        return { ok: false, problem: { code: 'older-version', version: pack.version, current: existing.version } };
      }
      const over = this.#overBudget(pack, infos);
      if (over) return { ok: false, problem: { code: 'budget', ...over } };
      const collision = await this.#collision(pack, infos);
      if (collision) return { ok: false, problem: collision };
      const info: ImportedPackInfo = { ...infoOf(pack, format, feed.fileName, text, now), enabled: true, subscription: feed.url };
      const stored = await this.#put(info, pack);
      if (stored) return { ok: false, problem: { code: 'storage', detail: stored.detail } };
      return { ok: true, pack: info };
    });
  }

  /** Parses and validates a file and checks its id against the bundled packs; reads the listing. */
  async #check(fileName: string, text: string, now: Date): Promise<Checked> {
    const read = readPackFile(text, { fileName, importedAt: now.toISOString().slice(0, 10) });
    if (!read.ok) {
      const errors = read.errors.slice(0, MAX_REPORTED_ERRORS);
      return { ok: false, refusal: { reason: 'invalid', errors, moreErrors: read.errors.length - errors.length } };
    }
    const { pack, format } = read;
    if (this.#bundled.some((b) => b.id === pack.id)) return { ok: false, refusal: { reason: 'bundled', id: pack.id } };
    const { infos } = await this.#listing();
    return { ok: true, pack, format, infos };
  }

  #overBudget(pack: Pack, infos: readonly ImportedPackInfo[]): BudgetProblem | undefined {
    const others = infos.filter((p) => p.enabled && p.id !== pack.id).reduce((n, p) => n + p.claimCount, 0);
    return checkBudget(pack, others, this.#budget);
  }

  /** The first pack (bundled first) holding any of this pack's claim ids, with up to five of them. */
  async #collision(pack: Pack, infos: readonly ImportedPackInfo[]): Promise<FeedProblem | undefined> {
    const ids = new Set(pack.claims.map((c) => c.id));
    const clash = (other: Iterable<string>) => [...other].filter((id) => ids.has(id)).slice(0, 5);
    const bundled = clash(this.#bundledClaimIds);
    if (bundled.length > 0) return { code: 'claim-collision', ids: bundled, otherPack: this.#bundled[0]?.id ?? 'bundled' };
    const { packs } = await this.#readBodies(infos.filter((p) => p.id !== pack.id));
    for (const other of packs) {
      const found = clash(other.claims.map((c) => c.id));
      if (found.length > 0) return { code: 'claim-collision', ids: found, otherPack: other.id };
    }
    return undefined;
  }

  async #put(info: ImportedPackInfo, pack: Pack): Promise<{ ok: false; reason: 'storage'; detail: string } | undefined> {
    try {
      await this.#store.put(info, pack);
    } catch (error) {
      return { ok: false, reason: 'storage', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    this.#onChange();
    return undefined;
  }

  setEnabled(id: string, enabled: boolean): Promise<boolean> {
    return this.#serial(async () => {
      const found = await this.#store.update(id, (stored) => {
        const checked = checkInfo(id, stored);
        return checked.ok ? { ...checked.info, enabled } : undefined;
      });
      if (found) this.#onChange();
      return found;
    });
  }

  /** Removes a pack, or the remains of a broken one, by its key as the listing gave it. */
  remove(key: string): Promise<boolean> {
    return this.#serial(async () => {
      const found = await this.#store.remove(key);
      if (found) this.#onChange();
      return found;
    });
  }

  /** A stored pack as a canonical recoupe-pack/1 file, whatever format it was imported from. */
  async exportPack(id: string): Promise<{ ok: true; fileName: string; text: string } | { ok: false }> {
    const [record] = await this.#store.packs([id]);
    const checked = record === undefined ? undefined : checkPackRecord(id, record);
    return checked?.ok ? { ok: true, fileName: `${id}.recoupe.json`, text: formatPack(checked.pack) } : { ok: false };
  }

  /** Listing records that pass their check (oldest import first), and the broken ones. */
  async #listing(): Promise<{ infos: ImportedPackInfo[]; broken: BrokenRecord[] }> {
    const [records, bodyKeys] = await Promise.all([this.#store.list(), this.#store.packKeys()]);
    const bodies = new Set(bodyKeys.map(keyText));
    const infos: ImportedPackInfo[] = [];
    const broken: BrokenRecord[] = [];
    const listed = new Set<string>();
    for (const { key, value } of records) {
      listed.add(keyText(key));
      const checked = checkInfo(key, value);
      if (!checked.ok) broken.push({ key: keyText(key), reason: 'listing-unreadable', detail: checked.detail });
      else if (!bodies.has(checked.info.id)) broken.push({ key: checked.info.id, name: checked.info.name, reason: 'pack-missing', detail: '' });
      else infos.push(checked.info);
    }
    for (const key of bodies) {
      if (!listed.has(key)) broken.push({ key, reason: 'listing-missing', detail: '' });
    }
    infos.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    return { infos, broken };
  }

  /** Reads and checks the bodies of these listed packs, remembering which are broken. */
  async #readBodies(infos: readonly ImportedPackInfo[]): Promise<{ packs: Pack[]; broken: BrokenRecord[] }> {
    if (infos.length === 0) return { packs: [], broken: [] };
    const records = await this.#store.packs(infos.map((i) => i.id));
    const packs: Pack[] = [];
    const broken: BrokenRecord[] = [];
    infos.forEach((info, i) => {
      const checked = records[i] === undefined ? { ok: false as const, reason: 'pack-missing' as const, detail: '' } : checkPackRecord(info.id, records[i]);
      const verdict = checked.ok ? null : { key: info.id, name: info.name, reason: checked.reason, detail: checked.detail };
      this.#bodyVerdicts.set(verdictKey(info), verdict);
      if (checked.ok) packs.push(checked.pack);
      else broken.push(verdict!);
    });
    return { packs, broken };
  }

  /** Enabled packs past the total budget (only reachable by writing to storage directly): not used. */
  #overTotal(infos: readonly ImportedPackInfo[]): BrokenRecord[] {
    let total = 0;
    return infos
      .filter((p) => p.enabled && (total += p.claimCount) > this.#budget.claimsTotal)
      .map((p) => ({ key: p.id, name: p.name, reason: 'pack-over-budget' as const, detail: `> ${this.#budget.claimsTotal} (claims-total)` }));
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

/** A subscription's download as importFeed takes it. */
export interface FeedImport {
  /** The subscribed address: recorded on the pack, and the only subscription allowed to replace it. */
  readonly url: string;
  /** Names a ClaimReview feed's pack (as a file name would). */
  readonly fileName: string;
  /** The pack id of the version stored now, which an update must keep. */
  readonly packId?: string;
}

export type FeedImportResult = { ok: true; pack: ImportedPackInfo } | { ok: false; problem: FeedProblem };

type Checked =
  | { ok: true; pack: Pack; format: PackFileFormat; infos: ImportedPackInfo[] }
  | { ok: false; refusal: Extract<ImportRefusal, { reason: 'invalid' | 'bundled' }> };

function infoOf(pack: Pack, format: PackFileFormat, fileName: string, text: string, now: Date): Omit<ImportedPackInfo, 'enabled'> {
  return {
    id: pack.id,
    name: { ...pack.name },
    version: pack.version,
    claimCount: pack.claims.length,
    fileName,
    format,
    importedAt: now.toISOString(),
    size: text.length,
  };
}

function verdictKey(info: ImportedPackInfo): string {
  return `${info.id}\u0000${info.importedAt}`;
}
