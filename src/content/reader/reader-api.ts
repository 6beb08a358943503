// The contract between the scanner (content.js, on every page) and the reader bundle (reader.js, injected
// by the background into a frame only when its first match arrives). Type-only imports: nothing of the
// highlight or card code is bundled into the scanner through this file.
import type { CardHost } from '../card/card-host.tsx';
import type { HighlightSet } from '../highlight/highlight-set.ts';
import type { createMark, showFocus } from '../highlight/mark.ts';

/** What a document's controller uses once the page has a match. */
export interface Reader {
  readonly highlights: HighlightSet;
  readonly card: CardHost;
  readonly createMark: typeof createMark;
  readonly showFocus: typeof showFocus;
  /** Shows the closest recorded claims to a selection, in the card, at the selection. */
  ask(range: Range, selected: string, lang: string | null): Promise<void>;
}

export interface ReaderModule {
  create(doc: Document, uiLang: 'fr' | 'en'): Reader;
}

/**
 * Where reader.js leaves its module. Injected scripts run in the same isolated world as the declared
 * content script (never in the page's world), so the page cannot see or replace it.
 */
export const READER_KEY = Symbol.for('recoupe.reader');
export type ReaderScope = { [READER_KEY]?: ReaderModule };
