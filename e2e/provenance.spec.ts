import { fileURLToPath } from 'node:url';
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

/** The dots of the provenance picture in the open card (`inCard`) or in the document. */
function readDots(page: DrivenPage, inCard: boolean): Promise<{ dots: DotInfo[]; summary: string; lanes: string[] }> {
  return page.evaluate((card: boolean) => {
    const root: ParentNode = card ? document.querySelector('recoupe-card')!.shadowRoot! : document;
    const figure = root.querySelector('[data-testid="provenance"]')!;
    const dots = [...figure.querySelectorAll('.dot')].map((dot) => {
      return {
        mark: dot.getAttribute('data-mark') ?? '',
        lane: dot.getAttribute('data-lane') ?? '',
        label: dot.getAttribute('aria-label') ?? '',
        href: dot.getAttribute('href'),
        target: dot.getAttribute('target'),
        rel: dot.getAttribute('rel'),
      };
    });
    const summaryId = figure.querySelector('svg')!.getAttribute('aria-describedby')!;
    const summary = (root as Document | ShadowRoot).getElementById(summaryId)?.textContent ?? '';
    return { dots, summary, lanes: [...figure.querySelectorAll('g.lane')].map((g) => g.getAttribute('data-lane') ?? '') };
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

test('sources that do not count get lanes of their own: same organisation and same side, apart from the independent ones', async ({ ext, server }) => {
  // A fictional imported pack (see fixtures/import/README.md) with every kind of source.
  const options = await ext.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-testid="total-claims"]') !== null);
  await options.uploadFile('[data-testid="import-file"]', fileURLToPath(new URL('./fixtures/import/fictional-provenance-pack.json', import.meta.url)));
  await options.waitFor(() => document.querySelector('[data-pack-id="fictional-provenance"] [data-action="remove"]') !== null);
  try {
    const page = await ext.newPage(server.url('/provenance-claim.html'));
    await page.waitFor(() => document.querySelector('recoupe-mark[data-recoupe-claim^="exampleville-resurfaced-17-lanes"]') !== null);
    const claimId = await page.evaluate(() => document.querySelector('recoupe-mark[data-recoupe-claim^="exampleville-resurfaced-17-lanes"]')!.getAttribute('data-recoupe-claim')!);
    await openCardOf(page, claimId);
    const { dots, lanes, summary } = await readDots(page, true);
    expect(lanes).toEqual(['statement', 'relays', 'independent', 'same-side']);
    const row = (d: DotInfo) => `${d.lane}:${d.mark}:${d.label.split(',')[0]}:${d.href ?? '-'}`;
    expect(dots.map(row)).toEqual([
      'statement:statement:Exampleville roads office:https://example.org/roads-office/press-release',
      'relays:relay:Exampleville Ledger:https://example.org/ledger/lanes',
      'relays:relay:Riverside Gazette:-', // undated, no URL: drawn, not linked
      'independent:partly:Example Engineers Guild:https://example.org/guild/survey',
      'independent:disputes:Example Fact Check:https://example.com/fact-check/lanes',
      'same-side:not-counted:Exampleville Bulletin:https://example.org/bulletin/lanes',
      'same-side:not-counted:Example Ruling Party:https://example.org/party/lanes',
    ]);
    expect(dots.find((d) => d.label.startsWith('Exampleville Bulletin'))?.label).toMatch(/same organisation|même organisation/);
    expect(dots.find((d) => d.label.startsWith('Example Ruling Party'))?.label).toMatch(/claimant's side|même camp/);
    expect(dots.find((d) => d.label.startsWith('Riverside Gazette'))?.label).toMatch(/undated|sans date/);
    expect(summary).toMatch(/Not counted: same organisation or side|Non comptés : même organisation ou camp/);

    // From the keyboard: Tab from the card reaches the dots' links in order of the lanes.
    await page.evaluate(() => (document.querySelector('recoupe-card')!.shadowRoot!.querySelector('.close') as HTMLElement).focus());
    const reached: string[] = [];
    for (let i = 0; i < 12 && reached.length < 6; i++) {
      await page.press('Tab');
      const href = await page.evaluate(() => document.querySelector('recoupe-card')!.shadowRoot!.activeElement?.closest('a.dot')?.getAttribute('href') ?? null);
      if (href) reached.push(href);
    }
    expect(reached).toEqual(dots.filter((d) => d.href).map((d) => d.href));
    await page.close();
  } finally {
    await options.evaluate(() => (document.querySelector('[data-pack-id="fictional-provenance"] [data-action="remove"]') as HTMLElement).click());
    await options.waitFor(() => document.querySelector('[data-pack-id="fictional-provenance"] [data-action="confirm-remove"]') !== null);
    await options.evaluate(() => (document.querySelector('[data-pack-id="fictional-provenance"] [data-action="confirm-remove"]') as HTMLElement).click());
    await options.waitFor(() => document.querySelector('li[data-pack-id="fictional-provenance"]') === null);
    await options.close();
  }
});
