// Injects the reader bundle (highlights and card) into the one frame that asked, when its first match
// arrived. The file only registers code in the content scripts' isolated world (see
// src/content/reader/reader-api.ts); if the frame navigated meanwhile, the new document merely gets an
// unused copy. Why a second bundle at all: ADR speed-lazy-reader.
import { browser, type Runtime } from '../shared/browser.ts';

/** The reader bundle in the built extension (scripts/build.ts, entry `reader`). */
const READER_FILE = 'reader.js';

export async function injectReader(sender: Runtime.MessageSender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [READER_FILE] });
    return { ok: true };
  } catch (error) {
    console.warn('Recoupe: could not load the highlights into a page:', error);
    return { ok: false };
  }
}
