// Imported claim packs, kept in IndexedDB on the extension's origin (docs/adr/0003): no permission,
// no 10 MB storage.local quota, and transactions, so a pack and its listing entry are written (or
// removed) together or not at all. Two object stores: `meta` (small, read to list packs) and `packs`
// (the whole validated pack, read only to build the match index).
import type { Pack } from '../core/pack/types.ts';
import type { ImportedPackInfo } from '../shared/pack-info.ts';
import { IdbDatabase } from './idb.ts';
import { keyText } from './stored-records.ts';

/** A record as IndexedDB holds it: nothing about `value` is trusted (see stored-records.ts). */
export interface StoredRecord {
  readonly key: unknown;
  readonly value: unknown;
}

/**
 * Where imported packs live. The IndexedDB one below is the real one; tests use an in-memory fake.
 * It returns records unchecked: PackLibrary validates every one it reads.
 */
export interface PackStore {
  /** Every listing (`meta`) record. */
  list(): Promise<StoredRecord[]>;
  /** The keys of every stored pack body. */
  packKeys(): Promise<unknown[]>;
  /** The pack records (`{ id, pack }`) with these ids, in the same order; undefined where none is stored. */
  packs(ids: readonly string[]): Promise<unknown[]>;
  /** Stores (or overwrites) a pack and its listing entry in one transaction. */
  put(info: ImportedPackInfo, pack: Pack): Promise<void>;
  /** Rewrites a listing entry only (enable/disable); false when there is none or `change` refuses it. */
  update(id: string, change: (stored: unknown) => ImportedPackInfo | undefined): Promise<boolean>;
  /**
   * Deletes, in one transaction, the listing and pack records whose key reads as `key` (see keyText):
   * a pack, or what is left of a broken one. False when there was none.
   */
  remove(key: string): Promise<boolean>;
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
  readonly #db = new IdbDatabase(DB_NAME, DB_VERSION, { [META]: 'id', [PACKS]: 'id' }, 'pack database');

  list(): Promise<StoredRecord[]> {
    return this.#db.run([META], 'readonly', (tx) => {
      const store = tx.objectStore(META);
      const keys = store.getAllKeys();
      const values = store.getAll();
      return () => (keys.result ?? []).map((key, i) => ({ key, value: (values.result ?? [])[i] }));
    });
  }

  packKeys(): Promise<unknown[]> {
    return this.#db.run([PACKS], 'readonly', (tx) => {
      const keys = tx.objectStore(PACKS).getAllKeys();
      return () => keys.result ?? [];
    });
  }

  packs(ids: readonly string[]): Promise<unknown[]> {
    return this.#db.run([PACKS], 'readonly', (tx) => {
      const store = tx.objectStore(PACKS);
      const requests = ids.map((id) => store.get(id));
      return () => requests.map((r) => r.result as unknown);
    });
  }

  put(info: ImportedPackInfo, pack: Pack): Promise<void> {
    return this.#db.run([META, PACKS], 'readwrite', (tx) => {
      tx.objectStore(PACKS).put({ id: info.id, pack } satisfies PackRecord);
      tx.objectStore(META).put(info);
      return () => undefined;
    });
  }

  update(id: string, change: (stored: unknown) => ImportedPackInfo | undefined): Promise<boolean> {
    let found = false;
    return this.#db.run([META], 'readwrite', (tx) => {
      const store = tx.objectStore(META);
      const get = store.get(id);
      get.onsuccess = () => {
        if (get.result === undefined) return;
        const next = change(get.result);
        if (!next) return;
        found = true;
        store.put(next);
      };
      return () => found;
    });
  }

  remove(key: string): Promise<boolean> {
    let found = false;
    return this.#db.run([META, PACKS], 'readwrite', (tx) => {
      for (const name of [META, PACKS]) {
        const store = tx.objectStore(name);
        const keys = store.getAllKeys();
        keys.onsuccess = () => {
          for (const stored of keys.result) {
            if (keyText(stored) !== key) continue;
            found = true;
            store.delete(stored);
          }
        };
      }
      return () => found;
    });
  }
}
