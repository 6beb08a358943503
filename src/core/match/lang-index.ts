// The inverted index for one language: claim wordings (text + phrasings) as documents of term ids,
// posting lists from term to documents, and inverse document frequencies counted per claim
// (so a claim with five phrasings does not make its own words look common).
import type { Claim } from '../pack/types.ts';
import { analyse, type AnalyseContext } from './analyse.ts';
import { figureRules, type FigureRule } from './figures.ts';

export interface IndexedDoc {
  readonly claim: number;
  /** Distinct term ids, ascending (binary-searchable). */
  readonly terms: Int32Array;
  /** Term ids in text order, for phrase (bigram) overlap. */
  readonly seq: Int32Array;
  /** Sum of the idf of its distinct terms. */
  readonly weight: number;
  /** A clause of a wording rather than a whole wording: matching it needs fuller coverage. */
  readonly part: boolean;
}

export interface ClaimFeatures {
  readonly figures: readonly FigureRule[];
  readonly keyTerms: ReadonlySet<number>;
}

export class LangIndex {
  readonly lang: string;
  readonly termIds = new Map<string, number>();
  readonly terms: string[] = [];
  idf = new Float64Array(0);
  /** The weight of a term no claim uses: as rare as can be. */
  unknownIdf = 0;
  readonly postings: Int32Array[] = [];
  readonly docs: IndexedDoc[] = [];
  readonly features = new Map<number, ClaimFeatures>();
  /**
   * Terms that claim wordings only ever write capitalised inside a sentence: names the pack has no entity
   * for (imported feeds rarely list aliases). Like entity terms, they say who or where, not what is
   * claimed, so they do not count as informative words when a highlight is decided.
   */
  nameTerms = new Uint8Array(0);
  /**
   * Per term, the claims whose whole wordings use it and how often (summed over text and phrasings):
   * a word both the claim and its rewordings use is central to it. Feeds the BM25 part of ranking.
   */
  readonly claimPostings: { claims: Int32Array; tf: Uint16Array }[] = [];
  /** Length in terms of each claim's pooled wordings, by claim index (0 when not in this language). */
  claimLength = new Float64Array(0);
  averageClaimLength = 1;
  claimCount = 0;

  constructor(lang: string) {
    this.lang = lang;
  }

  termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  static build(claims: readonly Claim[], lang: string, ctx: AnalyseContext): LangIndex {
    const index = new LangIndex(lang);
    const df: number[] = [];
    const postings: number[][] = [];
    const pending: { claim: number; terms: number[]; seq: number[]; part: boolean }[] = [];
    const capitalised = new Set<string>();
    const lowercase = new Set<string>();
    claims.forEach((claim, ci) => {
      const text = claim.text[lang];
      if (text === undefined) return;
      index.claimCount++;
      const seen = new Set<number>();
      const wordings = [text, ...(claim.phrasings?.[lang] ?? [])];
      const parts = wordings.flatMap((w) => clausesOf(w));
      const seenKeys = new Set<string>();
      for (const [i, wording] of [...wordings, ...parts].entries()) {
        const part = i >= wordings.length;
        const a = analyse(wording, lang, ctx);
        if (part && !isSubstantialClause(a.seq)) continue;
        a.tokens.forEach((t, position) => {
          if (t.stop || t.value !== undefined) return;
          if (t.case === 'lower') lowercase.add(t.stem);
          else if (position > 0) capitalised.add(t.stem); // a wording's first word is capitalised anyway
        });
        const seq = a.seq.map((t) => index.termId(t));
        const terms = [...new Set(seq)];
        const key = [...terms].sort((x, y) => x - y).join(',');
        if (terms.length === 0 || seenKeys.has(key)) continue;
        seenKeys.add(key);
        const doc = pending.length;
        for (const t of terms) {
          (postings[t] ??= []).push(doc);
          if (!seen.has(t)) {
            seen.add(t);
            df[t] = (df[t] ?? 0) + 1;
          }
        }
        pending.push({ claim: ci, terms, seq, part });
      }
      const keyTerms = new Set<number>();
      for (const term of claim.terms?.[lang] ?? []) {
        for (const t of analyse(term, lang, ctx).terms) {
          const id = index.termIds.get(t);
          if (id !== undefined) keyTerms.add(id);
        }
      }
      index.features.set(ci, { figures: figureRules(claim.figures, lang), keyTerms });
    });
    index.nameTerms = Uint8Array.from(index.terms, (t) => (capitalised.has(t) && !lowercase.has(t) ? 1 : 0));
    const n = index.claimCount;
    index.idf = Float64Array.from(index.terms, (_t, id) => idf(n, df[id] ?? 0));
    index.unknownIdf = idf(n, 0);
    for (let t = 0; t < index.terms.length; t++) index.postings.push(Int32Array.from(postings[t] ?? []));
    index.#pool(pending, claims.length);
    for (const p of pending) {
      let weight = 0;
      for (const t of p.terms) weight += index.idf[t]!;
      index.docs.push({ claim: p.claim, terms: Int32Array.from(p.terms).sort(), seq: Int32Array.from(p.seq), weight, part: p.part });
    }
    return index;
  }

  #pool(pending: readonly { claim: number; seq: number[]; part: boolean }[], claimTotal: number): void {
    const byTerm: Map<number, number>[] = [];
    this.claimLength = new Float64Array(claimTotal);
    for (const p of pending) {
      if (p.part) continue;
      this.claimLength[p.claim]! += p.seq.length;
      for (const t of p.seq) {
        const m = (byTerm[t] ??= new Map());
        m.set(p.claim, (m.get(p.claim) ?? 0) + 1);
      }
    }
    let total = 0;
    for (const len of this.claimLength) total += len;
    this.averageClaimLength = Math.max(1, total / Math.max(1, this.claimCount));
    for (let t = 0; t < this.terms.length; t++) {
      const m = byTerm[t];
      this.claimPostings.push({ claims: Int32Array.from(m?.keys() ?? []), tf: Uint16Array.from(m?.values() ?? []) });
    }
  }
}

// Claims often pack two facts in one sentence ("destroyed a command post near Hama, completely
// disrupting the group's command"); a page sentence may state one of them. Clauses become extra
// documents of the claim, if they say enough on their own.
const CLAUSE_BREAK = /[,;:()]|\s[-–—]\s/;
const MIN_CLAUSE_CONTENT = 4;

function clausesOf(wording: string): string[] {
  const clauses = wording.split(CLAUSE_BREAK).map((c) => c.trim()).filter((c) => c.length > 0);
  return clauses.length > 1 ? clauses : [];
}

/** At least four distinct content words that are neither names nor numbers. */
function isSubstantialClause(seq: readonly string[]): boolean {
  const content = new Set(seq.filter((t) => !t.startsWith('@') && !/^\d/.test(t)));
  return content.size >= MIN_CLAUSE_CONTENT;
}

/** BM25's idf, always positive. */
export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
