// Loads a saved page in Node (linkedom) and reads its text the way the content script does:
// same block extraction, with an attribute-based stand-in for computed style.
import { parseHTML } from 'linkedom';
import { iterateBlocks } from '../core/extract/blocks.ts';
import { isHiddenByAttributes } from '../core/extract/hidden.ts';
import { publishedDate } from '../core/extract/page-date.ts';

export { isHiddenByAttributes };

export interface PageText {
  /** Primary language tag from `<html lang>`, if any (pages lie: callers may still detect per block). */
  lang?: string;
  /** The publication date the page declares (YYYY-MM-DD), if any. */
  published?: string;
  blocks: string[];
}

export function extractPageText(html: string): PageText {
  // linkedom builds no <html>/<body> around a fragment, so give it one.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  // From some junk ("<![CDATA[<html lang>") linkedom builds no element at all, and then even reading
  // document.body throws: such a page has no text to read.
  if (!(document.documentElement as Element | null)) return { blocks: [] };
  const langAttr = document.documentElement.getAttribute('lang') ?? '';
  const lang = langAttr.split(/[-_]/)[0]?.toLowerCase() || undefined;
  const root = (document.body ?? document.documentElement) as unknown as Node | null;
  const blocks: string[] = [];
  if (root) {
    for (const block of iterateBlocks(root)) blocks.push(block.text);
  }
  const published = publishedDate(document as unknown as Parameters<typeof publishedDate>[0]);
  return { ...(lang !== undefined ? { lang } : {}), ...(published !== undefined ? { published } : {}), blocks };
}
