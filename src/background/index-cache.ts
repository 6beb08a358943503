// Serialised match indexes of the merged packs (bundled + imported), kept in IndexedDB so a restarted
// worker loads them instead of analysing every claim again (docs/adr/0014-serialised-index.md). A cache
// only: its own database, never the packs' (a broken cache cannot touch a pack), one record per language,
// all under one key (the merged packs' content hash, the index format and the matcher version); writing
// under a new key drops the others, so it never holds more than one set of indexes.
import { INDEX_FORMAT } from '../core/match/index-codec.ts';
import type { CompiledPack } from '../core/pack/types.ts';
import { IdbDatabase } from './idb.ts';

export interface IndexStore {
  /** The stored indexes (language → serialised data) written under `key`; other keys' records are ignored. */
  read(key: string): Promise<Map<string, Uint8Array>>;
  /** Stores one language's index under `key`, dropping every record of another key. */
  write(key: string, lang: string, data: Uint8Array): Promise<void>;
}

/** What a stored index is valid for: these packs' claims and entities, this index format, this matcher. */
export async function indexKey(pack: CompiledPack, matcherVersion: string): Promise<string> {
  const text = JSON.stringify([pack.claims, pack.entities]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return `${INDEX_FORMAT}:${matcherVersion}:${hex}`;
}

const DB_NAME = 'recoupe-index-cache';
const DB_VERSION = 1;
const STORE = 'indexes';

interface IndexRecord {
  readonly lang: string;
  readonly key: string;
  readonly data: Uint8Array;
}

/** A record as read back: anything that is not exactly an IndexRecord is skipped (and overwritten later). */
function asRecord(value: unknown): IndexRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lang, key, data } = value as Record<string, unknown>;
  if (typeof lang !== 'string' || typeof key !== 'string' || !(data instanceof Uint8Array)) return undefined;
  return { lang, key, data };
}

export class IndexedDbIndexStore implements IndexStore {
  readonly #db = new IdbDatabase(DB_NAME, DB_VERSION, { [STORE]: 'lang' }, 'index cache');

  #run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => () => T): Promise<T> {
    return this.#db.run([STORE], mode, (tx) => work(tx.objectStore(STORE)));
  }

  read(key: string): Promise<Map<string, Uint8Array>> {
    return this.#run('readonly', (store) => {
      const all = store.getAll();
      return () => {
        const out = new Map<string, Uint8Array>();
        for (const value of all.result ?? []) {
          const record = asRecord(value);
          if (record?.key === key) out.set(record.lang, record.data);
        }
        return out;
      };
    });
  }

  write(key: string, lang: string, data: Uint8Array): Promise<void> {
    return this.#run('readwrite', (store) => {
      const keys = store.getAllKeys();
      keys.onsuccess = () => {
        // Records of other packs or builds are of no further use: drop them (the storage budget, ADR 0007).
        const all = store.getAll();
        all.onsuccess = () => {
          (all.result ?? []).forEach((value, i) => {
            if (asRecord(value)?.key !== key) store.delete(keys.result[i]!);
          });
          store.put({ lang, key, data } satisfies IndexRecord);
        };
      };
      return () => undefined;
    });
  }
}
