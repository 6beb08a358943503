// What the demo prints: each highlighted sentence of the demo article with its claimant and status,
// read from the page as a reader would meet it (the highlight's accessible label), then a card opened.
import type { DrivenPage } from '../../e2e/harness/driven-page.ts';
import { markPoint } from '../../e2e/harness/highlights.ts';

interface Found {
  sentence: string;
  label: string;
  claim: string;
}

/** Waits until the page's highlights stop changing, then lists them. */
export async function describeFindings(article: DrivenPage, minimum: number): Promise<{ text: string; found: Found[] }> {
  await article.waitFor((n: number) => document.querySelectorAll('recoupe-mark[tabindex="0"]').length >= n, minimum);
  const found = await article.evaluate(() => {
    const out: { sentence: string; label: string; claim: string }[] = [];
    for (const mark of document.querySelectorAll('recoupe-mark')) {
      const text = mark.textContent ?? '';
      if (mark.getAttribute('tabindex') === '0') {
        out.push({ sentence: text, label: mark.getAttribute('aria-label') ?? '', claim: mark.getAttribute('data-recoupe-claim') ?? '' });
      } else if (out.length > 0) out[out.length - 1]!.sentence += text;
    }
    return out;
  });
  const lines = found.map((f, i) => {
    const sentence = f.sentence.replace(/\s+/g, ' ').trim();
    const short = sentence.length > 110 ? `${sentence.slice(0, 107)}…` : sentence;
    const who = f.label.replace(/\.\s.*$/, ''); // "Claim by X — Status"
    return `${String(i + 1).padStart(2)}. ${short}\n    → ${who}`;
  });
  return { text: `Recoupe highlighted ${found.length} sentences:\n${lines.join('\n')}`, found };
}

/** Opens the card of `claimId` as a reader would, by clicking its highlight. */
export async function openCard(article: DrivenPage, claimId: string): Promise<void> {
  const point = await markPoint(article, claimId);
  await article.click(point.x, point.y);
  await article.waitFor(() => document.querySelector('recoupe-card')?.shadowRoot?.querySelector('.card') != null);
}
