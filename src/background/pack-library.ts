// The imported packs as the options page manages them: import (all or nothing), enable, disable,
// remove, export. Every change goes through one queue, so two imports never interleave, and
// `onChange` tells the engine to rebuild its index once the change is stored.
import { formatPack } from '../core/pack/canonical.ts';
import { readPackFile } from '../core/pack/read-file.ts';
import type { Pack } from '../core/pack/types.ts';
import type { ImportedPackInfo, ImportResult, PackSummary } from '../shared/pack-info.ts';
import type { PackStore } from './pack-store.ts';

export class PackLibrary {
  readonly #store: PackStore;
  readonly #bundled: readonly PackSummary[];
  readonly #onChange: () => void;
  readonly #now: () => Date;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: { store: PackStore; bundled: readonly PackSummary[]; onChange: () => void; now?: () => Date }) {
    this.#store = options.store;
    this.#bundled = options.bundled;
    this.#onChange = options.onChange;
    this.#now = options.now ?? (() => new Date());
  }

  async list(): Promise<{ bundled: PackSummary[]; imported: ImportedPackInfo[] }> {
    const bundled = this.#bundled.map(({ id, name, version, claimCount }) => ({ id, name: { ...name }, version, claimCount }));
    return { bundled, imported: await this.#store.list() };
  }

  /** The enabled imported packs, oldest import first (the order they are compiled in). */
  async enabledPacks(): Promise<Pack[]> {
    const ids = (await this.#store.list()).filter((p) => p.enabled).map((p) => p.id);
    return ids.length === 0 ? [] : this.#store.packs(ids);
  }

  /**
   * Validates the whole file first; only a valid pack reaches the store, in one transaction. An id that
   * is already imported is refused unless `replace` is set; the bundled pack's id is always refused.
   */
  import(fileName: string, text: string, replace: boolean): Promise<ImportResult> {
    return this.#serial(async (): Promise<ImportResult> => {
      const now = this.#now();
      const read = readPackFile(text, { fileName, importedAt: now.toISOString().slice(0, 10) });
      if (!read.ok) return { ok: false, reason: 'invalid', errors: read.errors };
      const { pack, format } = read;
      if (this.#bundled.some((b) => b.id === pack.id)) return { ok: false, reason: 'bundled', id: pack.id };
      const existing = (await this.#store.list()).find((p) => p.id === pack.id);
      if (existing && !replace) return { ok: false, reason: 'exists', id: pack.id };
      const info: ImportedPackInfo = {
        id: pack.id,
        name: { ...pack.name },
        version: pack.version,
        claimCount: pack.claims.length,
        enabled: true,
        fileName,
        format,
        importedAt: now.toISOString(),
        size: text.length,
      };
      try {
        await this.#store.put(info, pack);
      } catch (error) {
        return { ok: false, reason: 'storage', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
      }
      this.#onChange();
      return { ok: true, pack: info, replaced: existing !== undefined };
    });
  }

  setEnabled(id: string, enabled: boolean): Promise<boolean> {
    return this.#serial(async () => {
      const found = await this.#store.update(id, (info) => ({ ...info, enabled }));
      if (found) this.#onChange();
      return found;
    });
  }

  remove(id: string): Promise<boolean> {
    return this.#serial(async () => {
      const found = await this.#store.remove(id);
      if (found) this.#onChange();
      return found;
    });
  }

  /** A stored pack as a canonical recoupe-pack/1 file, whatever format it was imported from. */
  async exportPack(id: string): Promise<{ ok: true; fileName: string; text: string } | { ok: false }> {
    const [pack] = await this.#store.packs([id]);
    return pack ? { ok: true, fileName: `${pack.id}.recoupe.json`, text: formatPack(pack) } : { ok: false };
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
