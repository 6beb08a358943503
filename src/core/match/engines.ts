// Per-language matching engines (index, ranker, entity lexicon, fuzzy names), built lazily: only when a
// page in that language is first matched, and only for languages the packs hold enough claims in. A
// pack of 2,000 claims each in a different language therefore builds nothing extra, and a page whose
// language has no index is matched against the French and English indexes only, never against all.
import type { Claim, Entity } from '../pack/types.ts';
import { detectLanguage } from '../text/language.ts';
import type { AnalyseContext } from './analyse.ts';
import { EntityLexicon, type LexiconSource } from './entity-lexicon.ts';
import { FuzzyNames } from './fuzzy-names.ts';
import { LangIndex, type LangIndexSource } from './lang-index.ts';
import { Ranker } from './rank.ts';

export interface LangEngine {
  readonly lang: string;
  readonly ctx: AnalyseContext;
  readonly ranker: Ranker;
  readonly index: LangIndex;
}

/** The languages the text detector knows and the extension's UI speaks: always indexed when claims use them. */
export const BASE_LANGUAGES: readonly string[] = ['fr', 'en'];
/**
 * Another language gets its own index only with at least this many claims in it. Below that, an index
 * (lexicon, fuzzy names, ranker scratch) costs more than the few claims are worth, and a hostile or
 * careless pack could tag each claim with its own language to multiply the work (issue #13).
 */
export const MIN_CLAIMS_PER_LANGUAGE = 10;
/** And at most this many such languages (the most used), so the total index work stays bounded. */
export const MAX_OTHER_LANGUAGES = 8;

const LANGUAGE_TAG = /^[a-z]{2,3}$/;

/** Primary subtag, lower case ("fr-CA" → "fr"); undefined for anything that is not a plain language code. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const primary = tag?.split(/[-_]/)[0]?.trim().toLowerCase();
  return primary !== undefined && LANGUAGE_TAG.test(primary) ? primary : undefined;
}

/** The language a block is matched in: its own words when they tell (fr/en), else the page's declared language. */
export function blockLanguage(text: string, declared: string | null | undefined): string | undefined {
  return detectLanguage(text) ?? primaryLanguage(declared);
}

/** Indexes kept from an earlier build (index-codec.ts), and who wants to keep the ones built now. */
export interface StoredIndexOptions {
  /** A language's analysed claims from a serialised index, or undefined to analyse them here. */
  readonly stored?: (lang: string) => LangIndexSource | undefined;
  /** A language's entity lexicon from a serialised index, or undefined to build it from the entities. */
  readonly storedLexicon?: (lang: string) => LexiconSource | undefined;
  /**
   * Called with each index built from the claims (not with those loaded from `stored`), and the entity
   * lexicon of its language, to be stored with it.
   */
  readonly onBuild?: (index: LangIndex, lexicon: EntityLexicon) => void;
}

export class LanguageEngines {
  readonly #claims: readonly Claim[];
  readonly #entities: readonly Entity[];
  readonly #eligible: ReadonlySet<string>;
  readonly #engines = new Map<string, LangEngine | null>();
  readonly #lexicons = new Map<string, EntityLexicon>();
  readonly #stored: StoredIndexOptions;
  #builds = 0;
  #lexiconBuilds = 0;

  constructor(claims: readonly Claim[], entities: readonly Entity[], stored: StoredIndexOptions = {}) {
    this.#claims = claims;
    this.#entities = entities;
    this.#stored = stored;
    const counts = new Map<string, number>();
    for (const c of claims) {
      for (const lang of Object.keys(c.text)) if (LANGUAGE_TAG.test(lang)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
    const others = [...counts]
      .filter(([lang, n]) => !BASE_LANGUAGES.includes(lang) && n >= MIN_CLAIMS_PER_LANGUAGE)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_OTHER_LANGUAGES)
      .map(([lang]) => lang);
    this.#eligible = new Set([...BASE_LANGUAGES.filter((l) => counts.has(l)), ...others]);
  }

  /** How many language indexes have been built from the claims (not loaded from a stored index). */
  get builds(): number {
    return this.#builds;
  }

  /** How many entity lexicons have been built from the entities (not loaded from a stored index). */
  get lexiconBuilds(): number {
    return this.#lexiconBuilds;
  }

  /** The languages that get an index of their own, sorted. */
  get languages(): string[] {
    return [...this.#eligible].sort();
  }

  /** Every language's index, building those not built yet (the build serialises the bundled packs' ones). */
  indexes(): LangIndex[] {
    return this.languages.flatMap((lang) => this.#get(lang)?.index ?? []);
  }

  /**
   * The entity lexicons built or loaded so far, by language: after `indexes()`, those of every indexed
   * language and of the base languages the fuzzy name lookup reads (the build serialises them).
   */
  lexicons(): EntityLexicon[] {
    return [...this.#lexicons.values()].sort((a, b) => a.lang.localeCompare(b.lang));
  }

  /** The engine for a language, or the French and English ones when it has none (or is unknown). */
  forLanguage(lang: string | undefined): LangEngine[] {
    const own = lang !== undefined ? this.#get(lang) : undefined;
    if (own) return [own];
    return BASE_LANGUAGES.flatMap((l) => this.#get(l) ?? []);
  }

  #get(lang: string): LangEngine | undefined {
    if (!this.#eligible.has(lang)) return undefined;
    let engine = this.#engines.get(lang);
    if (engine === undefined) {
      engine = this.#build(lang);
      this.#engines.set(lang, engine);
    }
    return engine ?? undefined;
  }

  #lexicon(lang: string): EntityLexicon {
    let lexicon = this.#lexicons.get(lang);
    if (!lexicon) {
      const stored = this.#stored.storedLexicon?.(lang);
      if (stored) lexicon = EntityLexicon.fromSource(stored);
      else {
        this.#lexiconBuilds++;
        lexicon = new EntityLexicon(this.#entities, lang);
      }
      this.#lexicons.set(lang, lexicon);
    }
    return lexicon;
  }

  #build(lang: string): LangEngine | null {
    const lexicon = this.#lexicon(lang);
    const stored = this.#stored.stored?.(lang);
    let index: LangIndex;
    if (stored) index = LangIndex.assemble(stored);
    else {
      this.#builds++;
      index = LangIndex.build(this.#claims, lang, { lexicon });
      this.#stored.onBuild?.(index, lexicon);
    }
    if (index.claimCount === 0) return null;
    // Names are spelled across languages (a French page quoting "Kweires"): the fuzzy lookup knows the
    // alias words of this language and of the base ones.
    const nameWords = new Set([...lexicon.nameWords, ...BASE_LANGUAGES.flatMap((l) => [...this.#lexicon(l).nameWords])]);
    const fuzzy = new FuzzyNames(nameWords);
    const isKnown = (s: string): boolean => index.termIds.has(s);
    return { lang, index, ranker: new Ranker(index), ctx: { lexicon, fuzzy, isKnown } };
  }
}
