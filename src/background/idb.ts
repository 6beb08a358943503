// One IndexedDB database of the background's (the imported packs, the index cache): opened once, a failed
// open tried again on the next call rather than cached, and work run in one transaction whose value is
// resolved only once the transaction has committed.
export class IdbDatabase {
  readonly #name: string;
  readonly #version: number;
  /** Object store name → its key path, created on first open. */
  readonly #stores: Readonly<Record<string, string>>;
  /** What the database is, for error messages ("pack database", "index cache"). */
  readonly #label: string;
  #db: Promise<IDBDatabase> | undefined;

  constructor(name: string, version: number, stores: Readonly<Record<string, string>>, label: string) {
    this.#name = name;
    this.#version = version;
    this.#stores = stores;
    this.#label = label;
  }

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(this.#name, this.#version);
      open.onupgradeneeded = () => {
        const db = open.result;
        for (const [store, keyPath] of Object.entries(this.#stores)) {
          if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath });
        }
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error(`could not open the ${this.#label}`));
    }).catch((error: unknown) => {
      this.#db = undefined; // try again next time rather than caching the failure
      throw error;
    });
    return this.#db;
  }

  /** Runs `work` in one transaction and resolves with its value once the transaction has committed. */
  async run<T>(stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => () => T): Promise<T> {
    const db = await this.#open();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(stores, mode);
      const result = work(tx);
      tx.oncomplete = () => {
        // A throw here would be lost inside the event callback and leave the promise pending forever.
        try {
          resolve(result());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      tx.onerror = () => reject(tx.error ?? new Error(`${this.#label} transaction failed`));
      tx.onabort = () => reject(tx.error ?? new Error(`${this.#label} transaction aborted`));
    });
  }
}
