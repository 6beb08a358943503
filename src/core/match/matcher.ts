// The claim matcher: builds one inverted index per language once, then finds, for each sentence of
// a text block, the one recorded claim it states — or nothing. Precision first: a sentence is
// matched only when it covers most of a claim wording with several content words, and never when
// it gives another value for one of the claim's figures.
import type { Claim, Entity } from '../pack/types.ts';
import { detectLanguage } from '../text/language.ts';
import { segmentSentences } from '../text/segment.ts';
import { analyse, type AnalyseContext, type Analysis } from './analyse.ts';
import { EntityLexicon } from './entity-lexicon.ts';
import { FuzzyNames } from './fuzzy-names.ts';
import { LangIndex } from './lang-index.ts';
import { Ranker, type Candidate } from './rank.ts';

export interface MatchResult {
  /** UTF-16 offsets of the matched sentence in the block text, trimmed of surrounding whitespace. */
  start: number;
  end: number;
  /** The sentence, whitespace collapsed. */
  sentence: string;
  claimId: string;
  score: number;
}

export interface RankedClaim {
  readonly claimId: string;
  readonly score: number;
  /** Whether the matcher would highlight this sentence with this claim. */
  readonly accepted: boolean;
  readonly candidate: Candidate;
}

export interface Matcher {
  matchText(text: string, lang?: string): MatchResult[];
  /** Best-scored claims for one sentence, threshold or not (for ranking benchmarks and debugging). */
  rankClaims(sentence: string, lang: string | undefined, k: number): RankedClaim[];
  readonly claimCount: number;
}

/** Acceptance rules for a highlight. Set from principles, not from any one page. */
export const ACCEPTANCE = {
  /** Final score (blend of coverage, phrase overlap and bonuses). */
  minScore: 0.55,
  /** At least half of the claim wording's weight must be in the sentence… */
  minCoverage: 0.5,
  /** …and nearly all of it when the wording is only a clause of the claim. */
  minClauseCoverage: 0.75,
  /** Distinct matched terms that are not entity names ("Aleppo" + "Syrian army" is not a claim)… */
  minInformative: 2,
  /** …unless the claim is mostly names (forces at the gates of a town) and is stated in full. */
  minCoverageWithOneInformative: 0.9,
  minMatched: 3,
} as const;

export function isAccepted(c: Candidate): boolean {
  const a = ACCEPTANCE;
  const enoughContent = c.informative >= a.minInformative || (c.informative >= 1 && c.coverage >= a.minCoverageWithOneInformative);
  return (
    !c.figureConflict &&
    c.score >= a.minScore &&
    c.coverage >= (c.part ? a.minClauseCoverage : a.minCoverage) &&
    enoughContent &&
    c.matched >= a.minMatched
  );
}

function primaryLang(lang: string | undefined): string | undefined {
  return lang?.split(/[-_]/)[0]?.toLowerCase() || undefined;
}

interface LangEngine {
  readonly lang: string;
  readonly ctx: AnalyseContext;
  readonly ranker: Ranker;
}

export function createMatcher(input: { claims: readonly Claim[]; entities: readonly Entity[] }): Matcher {
  const claims = input.claims;
  const langs = [...new Set(['fr', 'en', ...claims.flatMap((c) => Object.keys(c.text))])];
  const lexicons = new Map(langs.map((l) => [l, new EntityLexicon(input.entities, l)]));
  const fuzzy = new FuzzyNames([...lexicons.values()].flatMap((l) => [...l.nameWords]));
  const indexes = new Map<string, LangIndex>();
  for (const lang of langs) indexes.set(lang, LangIndex.build(claims, lang, { lexicon: lexicons.get(lang)! }));
  const isKnown = (s: string): boolean => {
    for (const index of indexes.values()) if (index.termIds.has(s)) return true;
    return false;
  };
  const engines = new Map<string, LangEngine>();
  for (const [lang, index] of indexes) {
    if (index.claimCount === 0) continue;
    engines.set(lang, { lang, ranker: new Ranker(index), ctx: { lexicon: lexicons.get(lang)!, fuzzy, isKnown } });
  }
  const claimantOf = (i: number): string => claims[i]!.claimant;

  function enginesFor(text: string, lang: string | undefined): LangEngine[] {
    const given = primaryLang(lang);
    const chosen = given !== undefined ? engines.get(given) : engines.get(detectLanguage(text) ?? '');
    return chosen ? [chosen] : [...engines.values()];
  }

  function rankIn(engine: LangEngine, a: Analysis, limit: number, nearby?: ReadonlySet<string>): RankedClaim[] {
    return engine.ranker.rank(a, { limit, claimantOf, ...(nearby ? { nearbyEntities: nearby } : {}) }).map((c) => ({
      claimId: claims[c.claim]!.id,
      score: c.score,
      accepted: isAccepted(c),
      candidate: c,
    }));
  }

  return {
    claimCount: claims.length,

    rankClaims(sentence, lang, k) {
      const all = enginesFor(sentence, lang).flatMap((e) => rankIn(e, analyse(sentence, e.lang, e.ctx), k));
      return all.sort((a, b) => b.candidate.rank - a.candidate.rank).slice(0, k);
    },

    matchText(text, lang) {
      const chosen = enginesFor(text, lang);
      const results: MatchResult[] = [];
      const nearby = new Map<string, ReadonlySet<string>>();
      for (const span of segmentSentences(text, chosen.length === 1 ? chosen[0]!.lang : undefined)) {
        const sentence = text.slice(span.start, span.end);
        let best: RankedClaim | undefined;
        for (const engine of chosen) {
          const a = analyse(sentence, engine.lang, engine.ctx);
          const top = rankIn(engine, a, 3, nearby.get(engine.lang)).find((r) => r.accepted);
          if (top && (!best || top.candidate.rank > best.candidate.rank)) best = top;
          nearby.set(engine.lang, a.entities);
        }
        if (best) {
          results.push({
            start: span.start,
            end: span.end,
            sentence: sentence.replace(/\s+/g, ' '),
            claimId: best.claimId,
            score: Math.round(best.score * 1000) / 1000,
          });
        }
      }
      return results;
    },
  };
}
