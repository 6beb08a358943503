// The claim database as the background uses it: the compiled pack, its match index, claim views and
// search, built once on first use (a woken service worker pays for it only when something asks).
import bundledPack from 'recoupe:bundled-pack';
import { createMatcher, type Matcher } from '../core/match/matcher.ts';
import type { CompiledPack } from '../core/pack/types.ts';
import { ClaimViews } from './claim-views.ts';
import { ClaimSearch } from './search.ts';

export interface Engine {
  readonly pack: CompiledPack;
  readonly matcher: Matcher;
  readonly views: ClaimViews;
  readonly search: ClaimSearch;
}

let engine: Engine | undefined;

export function getEngine(): Engine {
  if (!engine) {
    const pack = bundledPack;
    let search: ClaimSearch | undefined;
    engine = {
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
  return engine;
}
