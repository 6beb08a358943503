// Matching runs here, in the background, against one index shared by every tab (docs/adr/0001):
// content scripts send block texts and get sentence offsets back.
import type { BlockMatch } from '../shared/messages.ts';
import type { ClaimView } from '../shared/claim-view.ts';
import type { Engine } from './engine.ts';

export function matchBlocks(
  engine: Engine,
  blocks: readonly string[],
  lang: string | null,
): { matches: BlockMatch[]; claims: ClaimView[] } {
  const { matcher, views } = engine;
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
