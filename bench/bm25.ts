// Plain Okapi BM25 (k1 = 1.2, b = 0.75), the baseline for ranking quality. Documents and queries
// arrive as term lists, so the same tokenisation can be fed to both BM25 and the matcher.

export class Bm25 {
  readonly #postings = new Map<string, { doc: number; tf: number }[]>();
  readonly #lengths: number[] = [];
  readonly #avg: number;
  readonly #k1 = 1.2;
  readonly #b = 0.75;

  constructor(docs: readonly (readonly string[])[]) {
    docs.forEach((terms, doc) => {
      this.#lengths.push(terms.length);
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        let list = this.#postings.get(t);
        if (!list) this.#postings.set(t, (list = []));
        list.push({ doc, tf: n });
      }
    });
    this.#avg = this.#lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
  }

  /** Top-k document indices for a query, best first. */
  search(query: readonly string[], k: number): number[] {
    const n = this.#lengths.length;
    const scores = new Map<number, number>();
    for (const t of new Set(query)) {
      const list = this.#postings.get(t);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const norm = tf + this.#k1 * (1 - this.#b + (this.#b * this.#lengths[doc]!) / this.#avg);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.#k1 + 1)) / norm);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([doc]) => doc);
  }
}
