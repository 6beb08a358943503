// Matching runs here, in the background, against one index shared by every tab (docs/adr/0001):
// content scripts send block texts and get sentence offsets back.
import bundledPack from 'recoupe:bundled-pack';
import { createMatcher, type Matcher } from '../core/match/matcher.ts';
import type { CompiledPack } from '../core/pack/types.ts';
import type { BlockMatch } from '../shared/messages.ts';
import type { ClaimView } from '../shared/claim-view.ts';
import { ClaimViews } from './claim-views.ts';

interface Engine {
  readonly matcher: Matcher;
  readonly views: ClaimViews;
  readonly pack: CompiledPack;
}

let engine: Engine | undefined;

/** Built on first use: a woken service worker pays for the index only when a page asks. */
function getEngine(): Engine {
  engine ??= {
    matcher: createMatcher({ claims: bundledPack.claims, entities: bundledPack.entities }),
    views: new ClaimViews(bundledPack),
    pack: bundledPack,
  };
  return engine;
}

export function matchBlocks(blocks: readonly string[], lang: string | null): { matches: BlockMatch[]; claims: ClaimView[] } {
  const { matcher, views } = getEngine();
  const matches: BlockMatch[] = [];
  const claims = new Map<string, ClaimView>();
  const language = lang === 'fr' || lang === 'en' ? lang : undefined;
  blocks.forEach((text, block) => {
    for (const m of matcher.matchText(text, language)) {
      const view = views.get(m.claimId);
      if (!view) continue;
      claims.set(view.id, view);
      matches.push({ block, start: m.start, end: m.end, claimId: m.claimId, score: m.score });
    }
  });
  return { matches, claims: [...claims.values()] };
}
