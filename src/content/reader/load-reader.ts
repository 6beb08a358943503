// Loads the reader bundle into this frame once: the scanner asks the background, which injects reader.js
// with scripting.executeScript (ADR speed-lazy-reader). Pages without a match never load it.
import { request } from '../../shared/request.ts';
import { READER_KEY, type Reader, type ReaderScope } from './reader-api.ts';

let pending: Promise<Reader> | undefined;

export function loadReader(doc: Document, uiLang: 'fr' | 'en'): Promise<Reader> {
  if (pending) return pending;
  const loading = (async () => {
    const scope = globalThis as ReaderScope;
    if (!scope[READER_KEY]) {
      const reply = await request('page/load-reader', {});
      if (!reply.ok) throw new Error('the background could not inject the reader bundle');
    }
    const module = scope[READER_KEY];
    if (!module) throw new Error('the reader bundle did not register');
    return module.create(doc, uiLang);
  })();
  pending = loading;
  // A failed load (the worker restarting, the tab navigating) is retried with the next match.
  loading.catch(() => {
    if (pending === loading) pending = undefined;
  });
  return loading;
}
