// The claim matcher: the one path from page text to highlights, used by the background (extension) and
// by `recoupe scan` (CLI) alike. For each block it decides the language (detected from the text; the
// page's declared `<html lang>` is only a prior), then finds, for each sentence, the recorded claims it
// states — or nothing. Precision first: a sentence is matched only when it covers most of a claim
// wording with several content words, and never when it contradicts the claim (another value for one
// of its figures, another named subject, another date, an attempt for an accomplished event…).
import type { Claim, Entity } from '../pack/types.ts';
import { segmentSentences } from '../text/segment.ts';
import { analyse, ENTITY_PREFIX, type Analysis } from './analyse.ts';
import { blockLanguage, LanguageEngines, type LangEngine, type StoredIndexOptions } from './engines.ts';
import { decide, MODEL_MIN_CLAIMS, publishedBefore, type Decision } from './acceptance.ts';
import { ClaimantFamilies } from './claimant-family.ts';
import type { CandidateContext } from './reading-features.ts';
import type { ReadingModel } from './reading-model.ts';
import type { Candidate } from './rank.ts';
import { claimWording, Reranker, type RerankModel } from './rerank.ts';
import { hasAttribution } from '../text/attribution.ts';

/** What the page says about itself that matching uses. */
export interface PageContext {
  /**
   * The page's publication date (YYYY-MM-DD) when it declares one (src/core/extract/page-date.ts), or its
   * wire dateline's day ("--MM-DD" when the dateline gives no year: src/core/extract/dateline.ts).
   */
  readonly published?: string;
}

export { ACCEPTANCE } from './acceptance.ts';

export interface MatchResult {
  /** UTF-16 offsets of the matched sentence in the block text, trimmed of surrounding whitespace. */
  start: number;
  end: number;
  /** The sentence, whitespace collapsed. */
  sentence: string;
  claimId: string;
  score: number;
}

export interface BlockMatchResult extends MatchResult {
  /** Index of the block in the list given to matchBlocks. */
  block: number;
}

export interface RankedClaim {
  readonly claimId: string;
  readonly score: number;
  /** Whether the matcher would highlight this sentence with this claim. */
  readonly accepted: boolean;
  /** Why it was accepted or refused (the gate or conflict that decided). */
  readonly decision: Decision;
  readonly candidate: Candidate;
  /** Language of the index the claim was ranked in. */
  readonly lang: string;
  /** What the reading model saw around the candidate (its place, the claimant's family, the page's date). */
  readonly context: CandidateContext;
}

/** One sentence as --explain shows it: where it is, the language used, candidates, and what was kept. */
export interface SentenceExplanation {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  /** Languages whose indexes were searched for this sentence. */
  readonly langs: readonly string[];
  readonly candidates: readonly RankedClaim[];
  readonly matched: readonly string[];
}

export interface Matcher {
  /**
   * Matches page blocks: the extension's background and the CLI both call this. `declaredLang` is the
   * page's `<html lang>` (any case, region allowed), used only when a block's own words do not tell.
   */
  matchBlocks(blocks: readonly string[], declaredLang?: string | null, page?: PageContext): BlockMatchResult[];
  /** One block (see matchBlocks). */
  matchText(text: string, declaredLang?: string | null, page?: PageContext): MatchResult[];
  /** Every sentence of the blocks with its best candidates and the decision on each (`recoupe scan --explain`). */
  explainBlocks(blocks: readonly string[], declaredLang?: string | null, k?: number, page?: PageContext): SentenceExplanation[];
  /**
   * Best-ranked claims for one sentence, accepted or not (ranking benchmarks, debugging, and the "ask
   * about a selection" card). `allConflicts` also looks for conflicts in candidates a gate refused.
   */
  rankClaims(sentence: string, lang: string | undefined, k: number, options?: { allConflicts?: boolean; page?: PageContext }): RankedClaim[];
  readonly claimCount: number;
  /** Language indexes built so far (they are built lazily, on the first page that needs each). */
  readonly indexBuilds: number;
  /** Entity lexicons built from the entities so far (not loaded from a stored index). */
  readonly lexiconBuilds: number;
}

/**
 * Candidates examined per sentence for acceptance. The ranking is tuned for MAP (CheckThat!), not for
 * the acceptance gates, so an acceptable claim may rank below a refused one: look further than the top
 * 3 the first version used. 10 covers every accepted claim of the dev set with room to spare while
 * keeping the per-sentence work (feature computation for each) small.
 */
const EXAMINED = 10;

/**
 * Two claims are shown for one sentence only when the second is accepted on its own AND states something
 * the first does not (a figure only it supports, or mostly different words): a sentence listing
 * "60 targets … and 49 the day before" states both claims; a near-duplicate claim must not double up.
 */
const MAX_CLAIMS_PER_SENTENCE = 3;
const MAX_SHARED_TERMS = 0.5;

export function createMatcher(input: {
  claims: readonly Claim[];
  entities: readonly Entity[];
  readingModel?: ReadingModel;
  indexes?: StoredIndexOptions;
  /** The re-ranking model of large indexes (docs/adr/0017-rerank-at-scale.md); `false`: the ranker's order everywhere. */
  rerank?: RerankModel | false;
}): Matcher {
  const claims = input.claims;
  const engines = new LanguageEngines(claims, input.entities, input.indexes);
  const claimantOf = (i: number): string => claims[i]!.claimant;

  const kinds = new Map(input.entities.map((e) => [e.id, e.kind]));
  const kindOf = (id: string): Entity['kind'] | undefined => kinds.get(id);
  const parents = new Map(input.entities.flatMap((e) => (e.parent !== undefined ? [[e.id, e.parent] as const] : [])));
  const parentOf = (id: string): string | undefined => parents.get(id);
  const families = new ClaimantFamilies(input.entities);
  const claimDays = claims.map((c) => dayNumber(c.date));
  const rerankers = new Map<string, Reranker>();

  /** The re-ranker of an index as large as the one it was fitted on (MODEL_MIN_CLAIMS), else none. */
  function rerankerFor(engine: LangEngine): Reranker | undefined {
    if (input.rerank === false || engine.index.claimCount < MODEL_MIN_CLAIMS) return undefined;
    let r = rerankers.get(engine.lang);
    if (r === undefined) {
      const wordings = claims.map((c) => (c.text[engine.lang] !== undefined ? claimWording(c, engine.lang) : ''));
      r = new Reranker(wordings, (i) => wordings[i]!, input.rerank);
      rerankers.set(engine.lang, r);
    }
    return r;
  }

  function rankIn(engine: LangEngine, a: Analysis, text: string, limit: number, nearby: ReadonlySet<string> | undefined, page: PageContext | undefined, allConflicts = false, reranker?: Reranker): RankedClaim[] {
    const options = { claimantOf, ...(nearby ? { nearbyEntities: nearby } : {}) };
    // Re-ordered before anything is decided: only the `limit` kept are decided (decisions at scale do not
    // read the candidate's place, so the order changes no decision).
    const published = page?.published;
    const ageOf = (c: Candidate): number | undefined => (published !== undefined ? pageAge(published, claims[c.claim]!.date, claimDays[c.claim]) : undefined);
    const ranked = reranker
      ? reranker.reorder(text, engine.ranker.rank(a, { ...options, limit: Math.max(limit, reranker.depth) }), (c) => c, ageOf).slice(0, limit)
      : engine.ranker.rank(a, { ...options, limit });
    const named = nearby ? new Set([...a.entities, ...nearby]) : a.entities;
    const attributed = hasAttribution(text, engine.lang);
    const ages = ranked.map(ageOf);
    // A claim made after the page was published cannot be what the page says (the page-date conflict):
    // it is no rival reading either ("siege broken" on 10 November against a page of 19 October).
    const possible = ages.map((age) => age === undefined || !publishedBefore(age));
    return ranked.map((c, i) => {
      // Rivals read the same words as another claim; a claim stated beside this one ("60 cibles … (49
      // cibles)") uses other words and is no rival.
      let position = 0;
      let bestRival = 0;
      ranked.forEach((o, j) => {
        if (o.claim === c.claim || !possible[j] || !rivals(c, o)) return;
        if (o.rank > c.rank) position++;
        if (o.rank > bestRival) bestRival = o.rank;
      });
      const claim = claims[c.claim]!;
      const ageDays = ages[i];
      const candidate: CandidateContext = {
        position,
        margin: c.rank - bestRival,
        claimFigures: engine.index.features.get(c.claim)?.figures.length ?? 0,
        familyNamed: families.named(claim.claimant, named),
        attributed,
        ...(ageDays !== undefined ? { ageDays } : {}),
      };
      const decision = decide(c, a, text, claim, engine.lang, { analyse: engine.ctx, kindOf, parentOf, indexClaims: engine.index.claimCount, candidate, allConflicts, ...(input.readingModel ? { readingModel: input.readingModel } : {}) });
      return { claimId: claim.id, score: c.score, accepted: decision.accepted, decision, candidate: c, lang: engine.lang, context: candidate };
    });
  }

  /** Claims to highlight for one sentence, best first (see MAX_CLAIMS_PER_SENTENCE). */
  function choose(ranked: readonly RankedClaim[]): RankedClaim[] {
    const accepted = ranked.filter((r) => r.accepted).sort((a, b) => b.candidate.rank - a.candidate.rank);
    const chosen: RankedClaim[] = [];
    for (const r of accepted) {
      if (chosen.length >= MAX_CLAIMS_PER_SENTENCE) break;
      if (chosen.some((c) => c.claimId === r.claimId)) continue;
      if (chosen.length > 0 && !statesMore(r, chosen)) continue;
      chosen.push(r);
    }
    return chosen;
  }

  function sentencesOf(text: string, declaredLang: string | null | undefined, k: number, page: PageContext | undefined, visit: (span: { start: number; end: number }, sentence: string, langs: string[], ranked: RankedClaim[]) => void): void {
    const lang = blockLanguage(text, declaredLang);
    const chosen = engines.forLanguage(lang);
    const nearby = new Map<string, ReadonlySet<string>>();
    for (const span of segmentSentences(text, chosen.length === 1 ? chosen[0]!.lang : undefined)) {
      const sentence = text.slice(span.start, span.end);
      const ranked: RankedClaim[] = [];
      for (const engine of chosen) {
        const a = analyse(sentence, engine.lang, engine.ctx);
        ranked.push(...rankIn(engine, a, sentence, k, nearby.get(engine.lang), page));
        nearby.set(engine.lang, a.entities);
      }
      visit(span, sentence, chosen.map((e) => e.lang), ranked);
    }
  }

  function matchText(text: string, declaredLang?: string | null, page?: PageContext): MatchResult[] {
    const results: MatchResult[] = [];
    sentencesOf(text, declaredLang, EXAMINED, page, (span, sentence, _langs, ranked) => {
      for (const r of choose(ranked)) {
        results.push({ start: span.start, end: span.end, sentence: sentence.replace(/\s+/g, ' '), claimId: r.claimId, score: Math.round(r.score * 1000) / 1000 });
      }
    });
    return results;
  }

  return {
    claimCount: claims.length,
    get indexBuilds() {
      return engines.builds;
    },
    get lexiconBuilds() {
      return engines.lexiconBuilds;
    },
    matchText,
    matchBlocks(blocks, declaredLang, page) {
      return blocks.flatMap((text, block) => matchText(text, declaredLang, page).map((m) => ({ block, ...m })));
    },
    explainBlocks(blocks, declaredLang, k = 5, page) {
      const out: SentenceExplanation[] = [];
      blocks.forEach((text, block) => {
        sentencesOf(text, declaredLang, Math.max(k, EXAMINED), page, (span, sentence, langs, ranked) => {
          const sorted = [...ranked].sort((a, b) => b.candidate.rank - a.candidate.rank);
          out.push({
            block,
            start: span.start,
            end: span.end,
            sentence: sentence.replace(/\s+/g, ' '),
            langs,
            candidates: sorted.slice(0, k),
            matched: choose(ranked).map((r) => r.claimId),
          });
        });
      });
      return out;
    },
    rankClaims(sentence, lang, k, options) {
      const lists = engines.forLanguage(blockLanguage(sentence, lang)).map((e) => rankIn(e, analyse(sentence, e.lang, e.ctx), sentence, k, undefined, options?.page, options?.allConflicts, rerankerFor(e)));
      return mergeByRank(lists).slice(0, k);
    },
  };
}

/**
 * A further claim for the same sentence must state a figure of its own ("60 cibles … samedi (49
 * cibles)"), or match one of its whole wordings (a clause of a claim is too little to stand beside
 * another claim) and name one of its own places or groups with mostly other words: "… et se trouvaient
 * aux portes d'Al Hader" adds a claim, "ce qui a complètement bouleversé l'organisation des groupes
 * visés" (no group named) only comments on the first.
 */
function statesMore(r: RankedClaim, chosen: readonly RankedClaim[]): boolean {
  const ownFigure = r.candidate.supportedFigures.some((v) => chosen.every((c) => !c.candidate.supportedFigures.includes(v)));
  if (ownFigure) return true;
  if (r.candidate.part) return false;
  const terms = new Set(r.candidate.matchedTerms);
  const namesOwn = [...terms].some((t) => t.startsWith(ENTITY_PREFIX) && chosen.every((c) => !c.candidate.matchedTerms.includes(t)));
  if (!namesOwn) return false;
  for (const c of chosen) {
    let shared = 0;
    for (const t of c.candidate.matchedTerms) if (terms.has(t)) shared++;
    if (shared / terms.size > MAX_SHARED_TERMS) return false;
  }
  return true;
}

/**
 * One list from each language index's, best ranker score first; each list's own order is kept (a
 * re-ranked list is not re-sorted by the ranker's score).
 */
function mergeByRank(lists: readonly RankedClaim[][]): RankedClaim[] {
  if (lists.length === 1) return lists[0]!;
  const heads = lists.map(() => 0);
  const out: RankedClaim[] = [];
  for (;;) {
    let best = -1;
    lists.forEach((l, i) => {
      const r = l[heads[i]!];
      if (r && (best < 0 || r.candidate.rank > lists[best]![heads[best]!]!.candidate.rank)) best = i;
    });
    if (best < 0) return out;
    out.push(lists[best]![heads[best]!++]!);
  }
}

/** Whether two candidates mostly match the same words of the sentence (see MAX_SHARED_TERMS). */
function rivals(c: Candidate, o: Candidate): boolean {
  if (c.matchedTerms.length === 0) return false;
  const theirs = new Set(o.matchedTerms);
  let shared = 0;
  for (const t of c.matchedTerms) if (theirs.has(t)) shared++;
  return shared / c.matchedTerms.length > MAX_SHARED_TERMS;
}

/**
 * Days from the claim to the page: the page's date as YYYY-MM-DD, or a wire dateline's "--MM-DD" read in
 * the year that puts it nearest the claim (a dateline reports that day's news).
 */
function pageAge(published: string, claimDate: string, claimDay: number | undefined): number | undefined {
  if (claimDay === undefined) return undefined;
  if (!published.startsWith('--')) {
    const page = dayNumber(published);
    return page === undefined ? undefined : page - claimDay;
  }
  const year = Number(claimDate.slice(0, 4));
  let best: number | undefined;
  for (const y of [year - 1, year, year + 1]) {
    const page = dayNumber(`${y}${published.slice(1)}`);
    if (page !== undefined && (best === undefined || Math.abs(page - claimDay) < Math.abs(best))) best = page - claimDay;
  }
  return best;
}

/** Days since the epoch of a YYYY-MM-DD date (its first ten characters); undefined when it is not one. */
function dayNumber(date: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}/.test(date)) return undefined;
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : Math.round(ms / 86_400_000);
}
