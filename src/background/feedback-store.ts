// The reader's feedback reports, in storage.local (they survive restarts, are never synced or sent).
// Bounded (MAX_REPORTS, the oldest dropped first); whatever is read back is checked entry by entry, so a
// corrupt or hand-edited store loses only its bad entries. Writes are queued: two reports made at once
// never overwrite each other. "Not this claim" reports also drive matching: page/match leaves out each
// dismissed (page, claim, sentence) (see dismissedOn).
import { isFeedbackReport, MAX_REPORTS, pageKey, sentenceKey, type FeedbackReport } from '../shared/feedback.ts';

/** The part of storage.local this store uses (an in-memory fake in unit tests). */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'feedbackReports';

export class FeedbackStore {
  readonly #area: StorageArea;
  #cache: FeedbackReport[] | undefined;
  #writes: Promise<unknown> = Promise.resolve();

  constructor(area: StorageArea) {
    this.#area = area;
  }

  async list(): Promise<FeedbackReport[]> {
    if (!this.#cache) {
      let stored: unknown;
      try {
        stored = (await this.#area.get(KEY))[KEY];
      } catch (error) {
        console.warn('Recoupe: could not read the feedback reports:', error);
      }
      this.#cache = Array.isArray(stored) ? stored.filter(isFeedbackReport).slice(-MAX_REPORTS) : [];
    }
    return [...this.#cache];
  }

  /** Adds a report (the same report made again only moves to the end, with its new date). */
  add(report: FeedbackReport): Promise<void> {
    return this.#write((reports) => [...reports.filter((r) => !sameReport(r, report)), report].slice(-MAX_REPORTS));
  }

  /** Removes a report; false when the store did not hold it. */
  async remove(report: FeedbackReport): Promise<boolean> {
    let found = false;
    await this.#write((reports) => {
      const kept = reports.filter((r) => !sameReport(r, report));
      found = kept.length < reports.length;
      return kept;
    });
    return found;
  }

  clear(): Promise<void> {
    return this.#write(() => []);
  }

  /** `claimId \n sentence` of every "not this claim" report on this page. */
  async dismissedOn(url: string): Promise<Set<string>> {
    const page = pageKey(url);
    const out = new Set<string>();
    for (const r of await this.list()) if (r.kind === 'not-this-claim' && r.url === page) out.add(dismissalKey(r.claimId, r.sentence));
    return out;
  }

  #write(change: (reports: FeedbackReport[]) => FeedbackReport[]): Promise<void> {
    const run = this.#writes.then(async () => {
      const next = change(await this.list());
      await this.#area.set({ [KEY]: next });
      this.#cache = next;
    });
    this.#writes = run.catch(() => undefined);
    return run;
  }
}

export function dismissalKey(claimId: string, sentence: string): string {
  return `${claimId}\n${sentenceKey(sentence)}`;
}

function sameReport(a: FeedbackReport, b: FeedbackReport): boolean {
  return a.kind === b.kind && a.url === b.url && a.sentence === b.sentence && (a.kind !== 'not-this-claim' || b.kind !== 'not-this-claim' || a.claimId === b.claimId);
}
