// The claim database as the background uses it: the bundled pack merged with the enabled imported packs,
// its match index, claim views and search. Built on first use (a woken service worker reads the imported
// packs from storage then) and rebuilt when the imported packs change.
import { compilePacks } from '../core/pack/compile.ts';
import { createMatcher, type Matcher } from '../core/match/matcher.ts';
import type { StoredIndexOptions } from '../core/match/engines.ts';
import { encodeIndexes, openIndexes, type StoredIndexes } from '../core/match/index-codec.ts';
import type { CompiledPack, Pack } from '../core/pack/types.ts';
import { ClaimViews } from './claim-views.ts';
import { indexKey, type IndexStore } from './index-cache.ts';
import { mark } from './profile.ts';
import { ClaimSearch } from './search.ts';

export interface Engine {
  readonly pack: CompiledPack;
  readonly matcher: Matcher;
  readonly views: ClaimViews;
  readonly search: ClaimSearch;
}

/** `indexes`: serialised indexes to load instead of building, and where to hand the ones built (ADR 0014). */
export function buildEngine(pack: CompiledPack, indexes?: StoredIndexOptions): Engine {
  let search: ClaimSearch | undefined;
  return {
    pack,
    matcher: createMatcher({ claims: pack.claims, entities: pack.entities, ...(indexes && { indexes }) }),
    views: new ClaimViews(pack),
    // Only the popup searches: don't build its index for every page scan.
    get search() {
      search ??= new ClaimSearch(pack);
      return search;
    },
  };
}

/**
 * The source packs a compiled pack was made from, so it can be compiled again beside imported packs.
 * Each gets every compiled entity: identical entities are shared by compilePacks, so no id is renamed,
 * and claim ids are already unique across the compiled pack.
 */
export function sourcePacks(compiled: CompiledPack): Pack[] {
  return compiled.packs.map(({ claimCount: _count, ...meta }) => ({
    format: 'recoupe-pack/1',
    ...meta,
    entities: compiled.entities,
    claims: compiled.claims
      .filter((c) => c.packId === meta.id)
      .map(({ packId: _pack, status: _status, derivation: _derivation, ...claim }) => claim),
  }));
}

/** The bundled pack with the imported ones after it (their colliding ids get renamed, see compile.ts). */
export function mergePacks(bundled: CompiledPack, imported: readonly Pack[]): CompiledPack {
  return imported.length === 0 ? bundled : compilePacks([...sourcePacks(bundled), ...imported]);
}

/** Storage that never answers (a blocked or broken database) must not keep the bundled pack from working. */
const IMPORTED_DEADLINE_MS = 20_000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`imported packs not read within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Serialised indexes: the bundled packs' (from the build) and a store for the merged ones. */
export interface IndexSources {
  /** The bundled packs' indexes as the build serialised them, with their key. */
  readonly bundled?: { readonly key: string; readonly data: () => Uint8Array };
  /** Where the indexes of bundled + imported packs are kept between worker restarts. */
  readonly store?: IndexStore;
  /** Part of the stored indexes' key: indexes written by another build's matcher are not used. */
  readonly matcherVersion: string;
}

/** Opens serialised indexes, or says why not and gives undefined: the caller then builds them. */
function tryOpen(data: Uint8Array | undefined, key: string, claims: number, what: string): StoredIndexes | undefined {
  if (data === undefined) return undefined;
  try {
    return openIndexes(data, key, claims);
  } catch (error) {
    console.warn(`Recoupe: ${what} not used, building it instead:`, error instanceof Error ? error.message : error);
    return undefined;
  }
}

/** Holds the current engine; `invalidate` makes the next `get` rebuild it from the packs in storage. */
export class EngineHost {
  readonly #bundled: CompiledPack;
  readonly #loadImported: () => Promise<Pack[]>;
  readonly #deadlineMs: number;
  readonly #indexes: IndexSources | undefined;
  #bundledIndexes: StoredIndexes | null | undefined;
  #current: Promise<Engine> | undefined;
  /** Stores of built indexes still under way (tests wait for them). */
  #writes: Promise<unknown> = Promise.resolve();

  constructor(bundled: CompiledPack, loadImported: () => Promise<Pack[]>, deadlineMs = IMPORTED_DEADLINE_MS, indexes?: IndexSources) {
    this.#deadlineMs = deadlineMs;
    this.#bundled = bundled;
    this.#loadImported = loadImported;
    this.#indexes = indexes;
  }

  /** Resolves once every index built so far has been handed to the store (or failed to be). */
  get stored(): Promise<unknown> {
    return this.#writes;
  }

  get(): Promise<Engine> {
    this.#current ??= this.#build();
    return this.#current;
  }

  invalidate(): void {
    this.#current = undefined;
  }

  async #build(): Promise<Engine> {
    try {
      const imported = await withDeadline(this.#loadImported(), this.#deadlineMs);
      mark('imported-read');
      const engine = imported.length === 0 ? this.#bundledEngine() : await this.#mergedEngine(mergePacks(this.#bundled, imported));
      mark('engine-built');
      return engine;
    } catch (error) {
      // Storage unreadable or a pack that cannot be compiled: the bundled claims still work. Not cached,
      // so the next request tries the imported packs again.
      console.error('Recoupe: imported packs not loaded, using the bundled pack only', error);
      this.#current = undefined;
      return this.#bundledEngine();
    }
  }

  /** The bundled packs alone, their indexes loaded from the build's serialised form when it reads. */
  #bundledEngine(): Engine {
    const bundled = this.#indexes?.bundled;
    if (this.#bundledIndexes === undefined) {
      this.#bundledIndexes = (bundled && tryOpen(bundled.data(), bundled.key, this.#bundled.claims.length, 'the bundled index')) ?? null;
    }
    const stored = this.#bundledIndexes;
    return buildEngine(this.#bundled, stored ? { stored: (lang) => stored.source(lang), storedLexicon: (lang) => stored.lexicon(lang) } : {});
  }

  /**
   * Bundled + imported packs: indexes stored for exactly these packs (and this matcher) are loaded, the
   * others built and then stored. A stored index that does not read is built and stored again; a store
   * that cannot be read or written only costs the build.
   */
  async #mergedEngine(pack: CompiledPack): Promise<Engine> {
    const cache = this.#indexes?.store;
    if (!cache) return buildEngine(pack);
    const key = await indexKey(pack, this.#indexes.matcherVersion);
    const found = await withDeadline(cache.read(key), this.#deadlineMs).catch((error: unknown) => {
      console.warn('Recoupe: stored indexes not read, building them:', error);
      return new Map<string, Uint8Array>();
    });
    const opened = new Map<string, StoredIndexes | undefined>();
    // Each language's record holds its index and its entity lexicon (the French engine's fuzzy lookup
    // also reads the English lexicon: from the English record, or built when there is none).
    const open = (lang: string): StoredIndexes | undefined => {
      if (!opened.has(lang)) opened.set(lang, tryOpen(found.get(lang), key, pack.claims.length, `the stored ${lang} index`));
      return opened.get(lang);
    };
    return buildEngine(pack, {
      stored: (lang) => open(lang)?.source(lang),
      storedLexicon: (lang) => open(lang)?.lexicon(lang),
      // Serialised and written after the page's answer, not before it.
      onBuild: (index, lexicon) => {
        const write = new Promise<void>((done) => setTimeout(done, 0))
          .then(() => cache.write(key, index.lang, encodeIndexes(key, [index], [lexicon])))
          .catch((error: unknown) => console.warn(`Recoupe: the ${index.lang} index was not stored:`, error));
        this.#writes = Promise.all([this.#writes, write]);
      },
    });
  }
}
