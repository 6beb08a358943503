// Imported claim packs, kept in IndexedDB on the extension's origin (docs/adr/0003): no permission,
// no 10 MB storage.local quota, and transactions, so a pack and its listing entry are written (or
// removed) together or not at all. Two object stores: `meta` (small, read to list packs) and `packs`
// (the whole validated pack, read only to build the match index).
import type { Pack } from '../core/pack/types.ts';
import type { ImportedPackInfo } from '../shared/pack-info.ts';

/** Where imported packs live. The IndexedDB one below is the real one; tests use an in-memory fake. */
export interface PackStore {
  list(): Promise<ImportedPackInfo[]>;
  /** The packs with these ids, in the same order; ids not stored are skipped. */
  packs(ids: readonly string[]): Promise<Pack[]>;
  /** Stores (or overwrites) a pack and its listing entry in one transaction. */
  put(info: ImportedPackInfo, pack: Pack): Promise<void>;
  /** Rewrites a listing entry only (enable/disable); false when no pack has this id. */
  update(id: string, change: (info: ImportedPackInfo) => ImportedPackInfo): Promise<boolean>;
  /** Deletes a pack and its listing entry in one transaction; false when no pack has this id. */
  remove(id: string): Promise<boolean>;
}

const DB_NAME = 'recoupe-packs';
const DB_VERSION = 1;
const META = 'meta';
const PACKS = 'packs';

interface PackRecord {
  readonly id: string;
  readonly pack: Pack;
}

export class IndexedDbPackStore implements PackStore {
  #db: Promise<IDBDatabase> | undefined;

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, DB_VERSION);
      open.onupgradeneeded = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(PACKS)) db.createObjectStore(PACKS, { keyPath: 'id' });
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('could not open the pack database'));
    }).catch((error: unknown) => {
      this.#db = undefined; // try again next time rather than caching the failure
      throw error;
    });
    return this.#db;
  }

  /** Runs `work` in one transaction and resolves with its value once the transaction has committed. */
  async #run<T>(stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => () => T): Promise<T> {
    const db = await this.#open();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(stores, mode);
      const result = work(tx);
      tx.oncomplete = () => resolve(result());
      tx.onerror = () => reject(tx.error ?? new Error('pack database transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('pack database transaction aborted'));
    });
  }

  list(): Promise<ImportedPackInfo[]> {
    return this.#run([META], 'readonly', (tx) => {
      const all = tx.objectStore(META).getAll();
      return () => (all.result as ImportedPackInfo[]).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    });
  }

  packs(ids: readonly string[]): Promise<Pack[]> {
    return this.#run([PACKS], 'readonly', (tx) => {
      const store = tx.objectStore(PACKS);
      const requests = ids.map((id) => store.get(id));
      return () => requests.flatMap((r) => (r.result ? [(r.result as PackRecord).pack] : []));
    });
  }

  put(info: ImportedPackInfo, pack: Pack): Promise<void> {
    return this.#run([META, PACKS], 'readwrite', (tx) => {
      tx.objectStore(PACKS).put({ id: info.id, pack } satisfies PackRecord);
      tx.objectStore(META).put(info);
      return () => undefined;
    });
  }

  update(id: string, change: (info: ImportedPackInfo) => ImportedPackInfo): Promise<boolean> {
    let found = false;
    return this.#run([META], 'readwrite', (tx) => {
      const store = tx.objectStore(META);
      const get = store.get(id);
      get.onsuccess = () => {
        if (!get.result) return;
        found = true;
        store.put(change(get.result as ImportedPackInfo));
      };
      return () => found;
    });
  }

  remove(id: string): Promise<boolean> {
    let found = false;
    return this.#run([META, PACKS], 'readwrite', (tx) => {
      const meta = tx.objectStore(META);
      const get = meta.getKey(id);
      get.onsuccess = () => {
        if (get.result === undefined) return;
        found = true;
        meta.delete(id);
        tx.objectStore(PACKS).delete(id);
      };
      return () => found;
    });
  }
}
