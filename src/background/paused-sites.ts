// Sites (host names) where the reader paused Recoupe. Kept in storage.local so a pause survives reloads
// and browser restarts; read through a cache because every match request asks.
import { browser } from '../shared/browser.ts';

const KEY = 'pausedSites';

export class PausedSites {
  #cache: Set<string> | undefined;

  async #load(): Promise<Set<string>> {
    if (!this.#cache) {
      const stored = (await browser.storage.local.get(KEY))[KEY];
      this.#cache = new Set(Array.isArray(stored) ? stored.filter((h): h is string => typeof h === 'string') : []);
    }
    return this.#cache;
  }

  async isPaused(url: string): Promise<boolean> {
    const host = hostOf(url);
    return host !== undefined && (await this.#load()).has(host);
  }

  async set(url: string, paused: boolean): Promise<void> {
    const host = hostOf(url);
    if (host === undefined) return;
    const sites = await this.#load();
    if (paused) sites.add(host);
    else sites.delete(host);
    await browser.storage.local.set({ [KEY]: [...sites].sort() });
  }
}

export function hostOf(url: string): string | undefined {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? host : undefined;
  } catch {
    return undefined;
  }
}
