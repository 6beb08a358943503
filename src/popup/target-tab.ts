// Which tab the popup is about. In the toolbar popup, the active tab. When popup.html is open as a tab of
// its own (keyboard users, tests), the tab the reader was on just before: the most recently used other tab.
// `?tab=<id>` names one explicitly.
import { browser } from '../shared/browser.ts';

export async function findTargetTabId(search: string): Promise<number | undefined> {
  const explicit = Number(new URLSearchParams(search).get('tab'));
  if (Number.isSafeInteger(explicit) && explicit > 0) return explicit;

  const self = await browser.tabs.getCurrent();
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active?.id;
  }
  const others = (await browser.tabs.query({ windowId: self.windowId })).filter((tab) => tab.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}
