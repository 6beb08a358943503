// "Check with Recoupe": the context menu on a selection, the keyboard shortcut (manifest `commands`) and
// the ui/ask-selection message all end in askInTab, which asks the tab's content script to read its own
// selection and show the closest claims there (the content script then sends page/ask). The selected
// text is read in the page, by our content script, and matched here: it never leaves the browser.
import { browser, t } from '../shared/browser.ts';
import type { ContentCommand } from '../shared/messages.ts';
import { nearestClaims, type ReasonedClaim } from '../core/match/reasons.ts';
import type { ClaimView } from '../shared/claim-view.ts';
import type { Engine } from './engine.ts';

export const ASK_MENU_ID = 'recoupe-ask-selection';
/** The manifest's `commands` entry for the shortcut. */
export const ASK_COMMAND = 'ask-selection';
/** Claims listed on the card: enough to see the near misses, few enough to read. */
const ASK_LIMIT = 5;

/**
 * Sends the ask command to one frame (the menu knows which) or to every frame of the tab (the shortcut
 * does not): only a frame holding a selection answers.
 */
export async function askInTab(tabId: number, frameId?: number): Promise<{ ok: boolean }> {
  const command: ContentCommand = { type: 'content/ask-selection' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, command, frameId === undefined ? undefined : { frameId });
    return { ok: answer === true };
  } catch (error) {
    // No content script there (a browser page, a page opened before install) or no selection in any frame.
    console.warn('Recoupe: could not ask about the selection in this tab:', error);
    return { ok: false };
  }
}

export function answerAsk(engine: Engine, text: string, lang: string | null, published: string | null = null): { candidates: ReasonedClaim[]; claims: ClaimView[] } {
  const candidates = nearestClaims(engine.matcher, text, lang, ASK_LIMIT, published === null ? undefined : { published }).filter((c) => engine.views.get(c.claimId) !== undefined);
  return { candidates, claims: candidates.flatMap((c) => engine.views.get(c.claimId) ?? []) };
}

/** The menu item is created once per install or update (menus persist across worker restarts). */
export function registerAskEntryPoints(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus
      .removeAll()
      .then(() => browser.contextMenus.create({ id: ASK_MENU_ID, title: t('menuCheckSelection'), contexts: ['selection'] }));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ASK_MENU_ID && tab?.id !== undefined) void askInTab(tab.id, info.frameId);
  });
  browser.commands.onCommand.addListener((name, tab) => {
    if (name !== ASK_COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await askInTab(id);
    })();
  });
}
