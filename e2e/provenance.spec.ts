import { test, expect } from './harness/test.ts';
import { markPoint, waitForHighlights } from './harness/highlights.ts';
import type { DrivenPage } from './harness/driven-page.ts';

/** On the demo article: relayed by El Watan (undated), confirmed by SOHR and The New Arab. */
const CLAIM = 'syrian-army-seeks-to-break-kweires-siege';
const EVIDENCE = {
  relay: 'https://djazairess.com/fr/elwatan/505764',
  sohr: 'https://www.masress.com/almasryalyoum/3828272',
  newArab: 'https://www.alaraby.co.uk/english/news/2015/11/10/regime-forces-capture-is-held-syrian-village-with-russian-support',
};

interface DotInfo {
  mark: string;
  lane: string;
  label: string;
  href: string | null;
  target: string | null;
  rel: string | null;
}

/** The dots of the provenance picture under `rootSelector` (a shadow host's root when `inCard`). */
function readDots(page: DrivenPage, inCard: boolean): Promise<{ dots: DotInfo[]; summary: string; lanes: string[] }> {
  return page.evaluate((card: boolean) => {
    const root: ParentNode = card ? document.querySelector('recoupe-card')!.shadowRoot! : document;
    const figure = root.querySelector('[data-testid="provenance"]')!;
    const laneOf = (y: number) =>
      [...figure.querySelectorAll('[data-lane]')].find((g) => Math.abs(Number(g.querySelector('line')!.getAttribute('y1')) - y) < 1)?.getAttribute('data-lane') ?? '';
    const dots = [...figure.querySelectorAll('.dot')].map((dot) => {
      const shape = dot.querySelector('.shape')!;
      const y = Number(shape.getAttribute('cy') ?? Number(shape.getAttribute('y')) + 5.5);
      return {
        mark: dot.getAttribute('data-mark') ?? '',
        lane: laneOf(y),
        label: dot.getAttribute('aria-label') ?? '',
        href: dot.getAttribute('href'),
        target: dot.getAttribute('target'),
        rel: dot.getAttribute('rel'),
      };
    });
    const summaryId = figure.querySelector('svg')!.getAttribute('aria-describedby')!;
    const summary = (root as Document | ShadowRoot).getElementById(summaryId)?.textContent ?? '';
    return { dots, summary, lanes: [...figure.querySelectorAll('[data-lane]')].map((g) => g.getAttribute('data-lane') ?? '') };
  }, inCard);
}

async function openCardOf(page: DrivenPage, claimId: string): Promise<void> {
  const point = await markPoint(page, claimId);
  await page.click(point.x, point.y);
  await page.waitFor(() => document.querySelector('recoupe-card')?.shadowRoot?.querySelector('[data-testid="provenance"] svg') != null);
}

test('the card draws the claim path: statement, relay greyed apart, independent confirmations, each dot a safe link', async ({ ext, server }) => {
  const page = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(page, 17);
  await openCardOf(page, CLAIM);
  const { dots, summary, lanes } = await readDots(page, true);
  expect(lanes).toEqual(['statement', 'relays', 'independent']);
  expect(dots.map((d) => `${d.lane}:${d.mark}`)).toEqual(['statement:statement', 'relays:relay', 'independent:confirms', 'independent:confirms']);
  const links = dots.filter((d) => d.href !== null);
  expect(links.map((d) => d.href).sort()).toEqual([EVIDENCE.relay, EVIDENCE.sohr, EVIDENCE.newArab].sort());
  for (const link of links) {
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  }
  expect(dots.find((d) => d.href === EVIDENCE.relay)?.label).toMatch(/El Watan.*(repeated, not checked|relayé, non vérifié)/);
  expect(dots.find((d) => d.href === EVIDENCE.newArab)?.label).toMatch(/The New Arab.*2015.*(confirms|confirme)/);
  // The text equivalent names every lane and source.
  expect(summary).toMatch(/Repeated, not checked|Relayé, non vérifié/);
  expect(summary).toMatch(/SOHR|OSDH/);
  expect(summary).toMatch(/The New Arab/);

  // A real click on a dot reaches its link (the click is recorded, then cancelled: this machine is offline).
  const point = await page.evaluate((href: string) => {
    const root = document.querySelector('recoupe-card')!.shadowRoot!;
    const dot = [...root.querySelectorAll('a.dot')].find((a) => a.getAttribute('href') === href)!;
    dot.scrollIntoView({ block: 'center' });
    (window as unknown as { recoupeClicked: string[] }).recoupeClicked = [];
    root.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      (window as unknown as { recoupeClicked: string[] }).recoupeClicked.push(link?.getAttribute('href') ?? '');
      event.preventDefault();
    });
    const rect = dot.querySelector('.shape')!.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, EVIDENCE.newArab);
  await page.click(point.x, point.y);
  await page.waitFor(() => ((window as unknown as { recoupeClicked?: string[] }).recoupeClicked ?? []).length > 0);
  expect(await page.evaluate(() => (window as unknown as { recoupeClicked: string[] }).recoupeClicked)).toEqual([EVIDENCE.newArab]);
  await page.close();
});

test('the picture stays inside a card 320 px wide', async ({ ext, server }) => {
  const page = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(page, 17);
  await openCardOf(page, CLAIM);
  await page.evaluate(() => ((document.querySelector('recoupe-card')!.shadowRoot!.querySelector('.card') as HTMLElement).style.width = '320px'));
  // The picture is redrawn at the width of its box (no scaled-down text).
  await page.waitFor(() => Number(document.querySelector('recoupe-card')!.shadowRoot!.querySelector('[data-testid="provenance"] svg')!.getAttribute('width')) <= 320 - 28);
  const fit = await page.evaluate(() => {
    const root = document.querySelector('recoupe-card')!.shadowRoot!;
    const box = root.querySelector('.provenance-box')!.getBoundingClientRect();
    const inside = (r: DOMRect) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
    return {
      dots: [...root.querySelectorAll('.dot .shape')].every((s) => inside(s.getBoundingClientRect())),
      texts: [...root.querySelectorAll('[data-testid="provenance"] text')].every((s) => inside(s.getBoundingClientRect())),
      fontSize: parseFloat(getComputedStyle(root.querySelector('.lane-label')!).fontSize),
    };
  });
  expect(fit).toEqual({ dots: true, texts: true, fontSize: 12 });
  await page.close();
});

test('the popup shows the same picture in a claim\'s details', async ({ ext, server }) => {
  const page = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(page, 17);
  const popup = await ext.openExtensionPage('popup.html');
  const toggle = `[data-claim="${CLAIM}"] .claim-toggle`;
  await popup.waitFor((s: string) => document.querySelector(s) !== null, toggle);
  await popup.evaluate((s: string) => (document.querySelector(s) as HTMLElement).click(), toggle);
  await popup.waitFor(() => document.querySelector('[data-testid="provenance"] svg') !== null);
  const { dots } = await readDots(popup, false);
  expect(dots.filter((d) => d.href !== null).map((d) => d.href).sort()).toEqual([EVIDENCE.relay, EVIDENCE.sohr, EVIDENCE.newArab].sort());
  await popup.close();
  await page.close();
});
