// Matching runs here, in the background, against one index shared by every tab (docs/adr/0001):
// content scripts send block texts and get sentence offsets back. The matching itself is the core's
// Matcher.matchBlocks, the same function `recoupe scan` runs, so CLI results are the browser's.
import type { BlockMatch } from '../shared/messages.ts';
import type { ClaimView } from '../shared/claim-view.ts';
import type { Engine } from './engine.ts';
import { dismissalKey } from './feedback-store.ts';

/** `dismissed` holds the reader's "not this claim" reports for this page (FeedbackStore.dismissedOn): those matches are left out. */
export function matchBlocks(
  engine: Engine,
  blocks: readonly string[],
  lang: string | null,
  published: string | null,
  dismissed: ReadonlySet<string> = new Set(),
): { matches: BlockMatch[]; claims: ClaimView[] } {
  const { matcher, views } = engine;
  const matches: BlockMatch[] = [];
  const claims = new Map<string, ClaimView>();
  for (const m of matcher.matchBlocks(blocks, lang, published !== null ? { published } : {})) {
    if (dismissed.size > 0 && dismissed.has(dismissalKey(m.claimId, m.sentence))) continue;
    const view = views.get(m.claimId);
    if (!view) continue;
    claims.set(view.id, view);
    matches.push({ block: m.block, start: m.start, end: m.end, claimId: m.claimId, score: m.score });
  }
  return { matches, claims: [...claims.values()] };
}
