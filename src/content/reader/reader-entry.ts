// Entry of reader.js: the highlight and card code (with Preact), evaluated only in frames that have a
// match. It registers itself for the scanner (see reader-api.ts) and does nothing else.
import { CardHost } from '../card/card-host.tsx';
import { HighlightSet } from '../highlight/highlight-set.ts';
import { createMark, showFocus } from '../highlight/mark.ts';
import { askAboutSelection } from './ask-selection.ts';
import { READER_KEY, type ReaderModule, type ReaderScope } from './reader-api.ts';

const module: ReaderModule = {
  create: (doc, uiLang) => {
    const card = new CardHost(doc, uiLang);
    return { highlights: new HighlightSet(), card, createMark, showFocus, ask: (range, selected, lang) => askAboutSelection(card, range, selected, lang) };
  },
};
(globalThis as ReaderScope)[READER_KEY] ??= module;
