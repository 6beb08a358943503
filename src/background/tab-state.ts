// Per-tab record of what the content script highlighted, mirrored to storage.session so the popup still
// sees it after the service worker was stopped and woken again. Cleared when the tab navigates or closes.
import { browser } from '../shared/browser.ts';
import type { TabState } from '../shared/messages.ts';

const KEY_PREFIX = 'tab:';

export class TabStates {
  readonly #memory = new Map<number, TabState>();

  async get(tabId: number): Promise<TabState | null> {
    const cached = this.#memory.get(tabId);
    if (cached) return cached;
    const key = KEY_PREFIX + tabId;
    const stored = (await browser.storage.session.get(key))[key] as TabState | undefined;
    if (stored) this.#memory.set(tabId, stored);
    return stored ?? null;
  }

  async set(tabId: number, state: TabState): Promise<void> {
    this.#memory.set(tabId, state);
    await browser.storage.session.set({ [KEY_PREFIX + tabId]: state });
    await updateBadge(tabId, state);
  }

  async clear(tabId: number): Promise<void> {
    this.#memory.delete(tabId);
    await browser.storage.session.remove(KEY_PREFIX + tabId);
  }
}

async function updateBadge(tabId: number, state: TabState): Promise<void> {
  const count = state.found.length;
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f3a5f' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}
