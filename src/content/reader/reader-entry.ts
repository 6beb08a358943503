// Entry of reader.js: the highlight and card code (with Preact), evaluated only in frames that have a
// match. It registers itself for the scanner (see reader-api.ts) and does nothing else.
import { CardHost } from '../card/card-host.tsx';
import { HighlightSet } from '../highlight/highlight-set.ts';
import { createMark, showFocus } from '../highlight/mark.ts';
import { READER_KEY, type ReaderModule, type ReaderScope } from './reader-api.ts';

const module: ReaderModule = {
  create: (doc, uiLang) => ({ highlights: new HighlightSet(), card: new CardHost(doc, uiLang), createMark, showFocus }),
};
(globalThis as ReaderScope)[READER_KEY] ??= module;
