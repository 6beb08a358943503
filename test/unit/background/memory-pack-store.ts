// In-memory PackStore for the background's unit tests, holding records as unchecked values like IndexedDB;
// tests write broken records straight into `meta` and `data`. `failNextPut` makes the next put throw like
// a full disk would.
import type { PackStore } from '../../../src/background/pack-store.ts';
import { keyText } from '../../../src/background/stored-records.ts';
import type { Pack } from '../../../src/core/pack/types.ts';
import type { ImportedPackInfo } from '../../../src/shared/pack-info.ts';

export class MemoryPackStore implements PackStore {
  readonly meta = new Map<unknown, unknown>();
  readonly data = new Map<unknown, unknown>();
  failNextPut = false;
  async list() {
    return [...this.meta].map(([key, value]) => ({ key, value }));
  }
  async packKeys() {
    return [...this.data.keys()];
  }
  async packs(ids: readonly string[]) {
    return ids.map((id) => this.data.get(id));
  }
  async put(info: ImportedPackInfo, pack: Pack) {
    if (this.failNextPut) {
      this.failNextPut = false;
      throw Object.assign(new Error('quota exceeded'), { name: 'QuotaExceededError' });
    }
    this.meta.set(info.id, info);
    this.data.set(info.id, { id: info.id, pack });
  }
  async update(id: string, change: (stored: unknown) => ImportedPackInfo | undefined) {
    const next = this.meta.has(id) ? change(this.meta.get(id)) : undefined;
    if (next) this.meta.set(id, next);
    return next !== undefined;
  }
  async remove(key: string) {
    let found = false;
    for (const map of [this.meta, this.data]) {
      for (const stored of [...map.keys()]) if (keyText(stored) === key) found = map.delete(stored) || found;
    }
    return found;
  }
  info(id: string) {
    return this.meta.get(id) as ImportedPackInfo;
  }
  snapshot() {
    return JSON.stringify([[...this.meta], [...this.data]]);
  }
}
