// Reads Recoupe's highlights back from a page: consecutive marks of one sentence are joined, so a
// sentence split over links and <em> counts once.
import type { DrivenPage } from './driven-page.ts';

export interface PageHighlight {
  readonly claim: string;
  readonly text: string;
  readonly status: string;
}

export function readHighlights(page: DrivenPage): Promise<PageHighlight[]> {
  return page.evaluate(() => {
    const out: { claim: string; text: string; status: string }[] = [];
    let previous: Element | null = null;
    for (const mark of document.querySelectorAll('recoupe-mark')) {
      const claim = mark.getAttribute('data-recoupe-claim') ?? '';
      // A mark with tabindex=-1 continues the sentence that the previous focusable mark started.
      const continues = previous !== null && mark.getAttribute('tabindex') === '-1' && out.at(-1)?.claim === claim;
      if (continues) out.at(-1)!.text += mark.textContent ?? '';
      else out.push({ claim, text: mark.textContent ?? '', status: mark.getAttribute('data-recoupe-status') ?? '' });
      previous = mark;
    }
    return out.map((h) => ({ ...h, text: h.text.replace(/\s+/g, ' ').trim() }));
  });
}

/** Waits until the page has at least `count` highlighted sentences (marks that start a sentence). */
export async function waitForHighlights(page: DrivenPage, count: number): Promise<void> {
  await page.waitFor((n: number) => document.querySelectorAll('recoupe-mark[tabindex="0"]').length >= n, count);
}

/** Centre of the first rectangle of the first mark of `claimId`, scrolled into view. */
export function markPoint(page: DrivenPage, claimId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id: string) => {
    const mark = document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`) as HTMLElement;
    mark.scrollIntoView({ block: 'center' });
    const rect = mark.getClientRects()[0]!;
    return { x: rect.left + Math.min(10, rect.width / 2), y: rect.top + rect.height / 2 };
  }, claimId);
}

/** Text of the open card (its shadow root), or null when no card is open. */
export function cardText(page: DrivenPage): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('recoupe-card');
    return host?.shadowRoot?.querySelector('.card')?.textContent ?? null;
  });
}
