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
  nameTerms: Uint8Array = new Uint8Array(0);
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
    return LangIndex.assemble(analyseClaims(claims, lang, ctx));
  }

  /**
   * The index from what analysing the claims gave: idf, posting lists, pooled term frequencies and
   * weights are derived here, by the same arithmetic for an index just built and for one read back
   * from its serialised form (index-codec.ts), so the two match exactly.
   */
  static assemble(source: LangIndexSource): LangIndex {
    const index = new LangIndex(source.lang);
    for (const term of source.terms) index.termId(term);
    index.claimCount = source.claimCount;
    index.nameTerms = source.nameTerms;
    for (const [claim, features] of source.features) index.features.set(claim, features);
    const termCount = index.terms.length;
    // Documents of one claim are consecutive: a term's df counts each claim once.
    const df = new Int32Array(termCount);
    const lastClaim = new Int32Array(termCount).fill(-1);
    const postingLengths = new Int32Array(termCount);
    const distinct = source.docs.map((d) => [...new Set(d.seq)]);
    source.docs.forEach((d, doc) => {
      for (const t of distinct[doc]!) {
        postingLengths[t]!++;
        if (lastClaim[t] !== d.claim) {
          lastClaim[t] = d.claim;
          df[t]!++;
        }
      }
    });
    const n = index.claimCount;
    index.idf = Float64Array.from(index.terms, (_t, id) => idf(n, df[id]!));
    index.unknownIdf = idf(n, 0);
    for (let t = 0; t < termCount; t++) index.postings.push(new Int32Array(postingLengths[t]!));
    const filled = new Int32Array(termCount);
    distinct.forEach((terms, doc) => {
      for (const t of terms) index.postings[t]![filled[t]!++] = doc;
    });
    index.#pool(source.docs, source.claimTotal);
    source.docs.forEach((d, doc) => {
      let weight = 0;
      for (const t of distinct[doc]!) weight += index.idf[t]!;
      index.docs.push({ claim: d.claim, terms: Int32Array.from(distinct[doc]!).sort(), seq: Int32Array.from(d.seq), weight, part: d.part });
    });
    return index;
  }

  /**
   * Per term, the claims whose whole wordings use it and how often. Documents come in claim order, so a
   * term's claims come in ascending order and each is counted in one run: flat arrays, no map per term.
   */
  #pool(pending: readonly SourceDoc[], claimTotal: number): void {
    const termCount = this.terms.length;
    this.claimLength = new Float64Array(claimTotal);
    const entries = new Int32Array(termCount);
    const last = new Int32Array(termCount).fill(-1);
    for (const p of pending) {
      if (p.part) continue;
      this.claimLength[p.claim]! += p.seq.length;
      for (let i = 0; i < p.seq.length; i++) {
        const t = p.seq[i]!;
        if (last[t] !== p.claim) {
          last[t] = p.claim;
          entries[t]!++;
        }
      }
    }
    const claims = Array.from({ length: termCount }, (_x, t) => new Int32Array(entries[t]!));
    const tf = Array.from({ length: termCount }, (_x, t) => new Uint16Array(entries[t]!));
    const filled = new Int32Array(termCount);
    last.fill(-1);
    for (const p of pending) {
      if (p.part) continue;
      for (let i = 0; i < p.seq.length; i++) {
        const t = p.seq[i]!;
        if (last[t] !== p.claim) {
          last[t] = p.claim;
          claims[t]![filled[t]!++] = p.claim;
        }
        tf[t]![filled[t]! - 1]!++;
      }
    }
    let total = 0;
    for (const len of this.claimLength) total += len;
    this.averageClaimLength = Math.max(1, total / Math.max(1, this.claimCount));
    for (let t = 0; t < termCount; t++) this.claimPostings.push({ claims: claims[t]!, tf: tf[t]! });
  }
}

/** One claim wording (or clause) as a document: term ids in text order. */
export interface SourceDoc {
  readonly claim: number;
  readonly seq: readonly number[] | Int32Array;
  readonly part: boolean;
}

/**
 * What analysing a language's claims yields, before anything is derived from it: the terms (their ids
 * are their positions), the documents in claim order, the claims' figures and key terms. This is what
 * index-codec.ts stores; LangIndex.assemble derives the rest.
 */
export interface LangIndexSource {
  readonly lang: string;
  readonly terms: readonly string[];
  readonly nameTerms: Uint8Array;
  /** Claims with a text in this language. */
  readonly claimCount: number;
  /** Claims in the whole list (claim indexes run up to this). */
  readonly claimTotal: number;
  readonly docs: readonly SourceDoc[];
  readonly features: ReadonlyMap<number, ClaimFeatures>;
}

/** The part of building that reads the claims' texts (tokens, stems, entities): almost all of its cost. */
function analyseClaims(claims: readonly Claim[], lang: string, ctx: AnalyseContext): LangIndexSource {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const termId = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
    }
    return id;
  };
  const docs: SourceDoc[] = [];
  const features = new Map<number, ClaimFeatures>();
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  let claimCount = 0;
  claims.forEach((claim, ci) => {
    const text = claim.text[lang];
    if (text === undefined) return;
    claimCount++;
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
      const seq = a.seq.map((t) => termId(t));
      const distinct = [...new Set(seq)];
      const key = [...distinct].sort((x, y) => x - y).join(',');
      if (distinct.length === 0 || seenKeys.has(key)) continue;
      seenKeys.add(key);
      docs.push({ claim: ci, seq, part });
    }
    const keyTerms = new Set<number>();
    for (const term of claim.terms?.[lang] ?? []) {
      for (const t of analyse(term, lang, ctx).terms) {
        const id = termIds.get(t);
        if (id !== undefined) keyTerms.add(id);
      }
    }
    features.set(ci, { figures: figureRules(claim.figures, lang), keyTerms });
  });
  const nameTerms = Uint8Array.from(terms, (t) => (capitalised.has(t) && !lowercase.has(t) ? 1 : 0));
  return { lang, terms, nameTerms, claimCount, claimTotal: claims.length, docs, features };
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
