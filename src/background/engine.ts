// The claim database as the background uses it: the bundled pack merged with the enabled imported packs,
// its match index, claim views and search. Built on first use (a woken service worker reads the imported
// packs from storage then) and rebuilt when the imported packs change.
import { compilePacks } from '../core/pack/compile.ts';
import { createMatcher, type Matcher } from '../core/match/matcher.ts';
import type { CompiledPack, Pack } from '../core/pack/types.ts';
import { ClaimViews } from './claim-views.ts';
import { mark } from './profile.ts';
import { ClaimSearch } from './search.ts';

export interface Engine {
  readonly pack: CompiledPack;
  readonly matcher: Matcher;
  readonly views: ClaimViews;
  readonly search: ClaimSearch;
}

export function buildEngine(pack: CompiledPack): Engine {
  let search: ClaimSearch | undefined;
  return {
    pack,
    matcher: createMatcher({ claims: pack.claims, entities: pack.entities }),
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

/** Holds the current engine; `invalidate` makes the next `get` rebuild it from the packs in storage. */
export class EngineHost {
  readonly #bundled: CompiledPack;
  readonly #loadImported: () => Promise<Pack[]>;
  readonly #deadlineMs: number;
  #current: Promise<Engine> | undefined;

  constructor(bundled: CompiledPack, loadImported: () => Promise<Pack[]>, deadlineMs = IMPORTED_DEADLINE_MS) {
    this.#deadlineMs = deadlineMs;
    this.#bundled = bundled;
    this.#loadImported = loadImported;
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
      const engine = buildEngine(mergePacks(this.#bundled, imported));
      mark('engine-built');
      return engine;
    } catch (error) {
      // Storage unreadable or a pack that cannot be compiled: the bundled claims still work. Not cached,
      // so the next request tries the imported packs again.
      console.error('Recoupe: imported packs not loaded, using the bundled pack only', error);
      this.#current = undefined;
      return buildEngine(this.#bundled);
    }
  }
}
