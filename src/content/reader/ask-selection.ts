// The selection card's flow, in the reader bundle (so the scanner on every page carries none of it): ask
// the background for the closest claims to the selected text, then open the card at the selection.
// "Report a missed claim" sends the same text as a page/feedback report without a claim.
import { pageKey, sentenceKey } from '../../shared/feedback.ts';
import { publishedDate } from '../../core/extract/page-date.ts';
import { MAX_ASK_CHARS } from '../../shared/messages.ts';
import { request } from '../../shared/request.ts';
import type { CardHost } from '../card/card-host.tsx';

export async function askAboutSelection(card: CardHost, range: Range, selected: string, lang: string | null): Promise<void> {
  const text = selected.replace(/\s+/g, ' ').trim().slice(0, MAX_ASK_CHARS);
  const { candidates, claims } = await request('page/ask', { url: location.href, lang, published: publishedDate(document) ?? null, text });
  card.openAsk(range, {
    selection: text,
    candidates,
    claims,
    claimLang: lang ?? candidates[0]?.lang ?? 'en',
    onReportMissed: async () => {
      try {
        return (await request('page/feedback', { url: pageKey(location.href), lang, sentence: sentenceKey(text), claimId: null })).ok;
      } catch (error) {
        console.warn('Recoupe:', error);
        return false;
      }
    },
  });
}
