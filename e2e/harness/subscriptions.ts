// Driving the options page's subscriptions section in both browsers, and the fixture packs the
// subscription tests publish (fictional content only, see fixtures/import/README.md).
import { readFileSync } from 'node:fs';
import type { DrivenPage } from './driven-page.ts';
import type { ExtensionBrowser } from './browsers.ts';
import { readHighlights } from './highlights.ts';
import type { Pack } from '../../src/core/pack/types.ts';

const importFixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

/** Version 1 of the fictional feed: the provenance test pack (one claim, matched on /provenance-claim.html). */
export const FEED_V1: Pack = JSON.parse(importFixture('fictional-provenance-pack.json')) as Pack;
export const V1_CLAIM = 'exampleville-resurfaced-17-lanes';
/** Version 2 adds the fictional footbridge claim (matched on /imported-claim.html). */
export const V2_CLAIM = 'exampleville-repaired-42-footbridges';
export const FEED_V2: Pack = {
  ...FEED_V1,
  version: '2',
  claims: [
    ...FEED_V1.claims,
    {
      id: V2_CLAIM,
      claimant: 'exampleville-council',
      date: '2021-04-02',
      text: { en: 'Exampleville repaired 42 footbridges over the Fictional River in a single month.' },
      phrasings: { en: ["Exampleville's council said it repaired 42 footbridges over the Fictional River in a single month."] },
      figures: [{ value: 42, counts: { en: ['footbridges'] } }],
      evidence: [],
    },
  ],
};
/** A fictional ClaimReview feed (the import fixture), a second kind of subscription. */
export const CLAIMREVIEW_FEED = importFixture('fictional-claimreview.json');
/** A bundled claim stated on both fictional pages: once it is highlighted, the page has been scanned. */
export const CONTROL_CLAIM = 'ru-mod-32-training-camps-24h';

export const packText = (pack: Pack) => `${JSON.stringify(pack, null, 2)}\n`;

export async function openOptions(ext: ExtensionBrowser): Promise<DrivenPage> {
  const options = await ext.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-testid="subscribe-form"]') !== null && document.querySelector('[data-testid="total-claims"]') !== null);
  return options;
}

async function type(page: DrivenPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ([s, v]: [string, string]) => {
      const input = document.querySelector(s) as HTMLInputElement;
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [selector, value] as [string, string],
  );
}

export async function click(page: DrivenPage, selector: string): Promise<void> {
  await page.waitFor((s: string) => document.querySelector(s) !== null, selector);
  await page.evaluate((s: string) => (document.querySelector(s) as HTMLElement).click(), selector);
}

/**
 * Fills the form and clicks Subscribe once the page knows whether the origin is granted; resolves with
 * that ("true": the manifest's host permissions cover it, so no prompt) and the outcome's element.
 */
export async function subscribe(options: DrivenPage, url: string, publicKey = ''): Promise<{ granted: string; outcome: string; code: string | null }> {
  await type(options, '#subscribe-url', url);
  await type(options, '#subscribe-key', publicKey);
  const origin = new URL(url).origin;
  await options.waitFor((o: string) => document.querySelector('[data-testid="subscribe-form"]')?.getAttribute('data-origin-granted')?.startsWith(`${o} `), origin);
  const granted = await options.evaluate(() => document.querySelector('[data-testid="subscribe-form"]')!.getAttribute('data-origin-granted')!.split(' ')[1]!);
  await click(options, '[data-action="subscribe"]');
  await options.waitFor(() => document.querySelector('[data-testid="subscribe-done"], [data-testid="subscribe-error"]') !== null);
  const [outcome, code] = await options.evaluate(() => {
    const el = document.querySelector('[data-testid="subscribe-done"], [data-testid="subscribe-error"]')!;
    return [el.getAttribute('data-testid')!, el.getAttribute('data-code')] as [string, string | null];
  });
  return { granted, outcome, code };
}

const row = (url: string) => `li[data-subscription-url="${url}"]`;

/** Clicks "Update now" on a subscription and waits for its outcome: 'changed', 'unchanged' or the error code. */
export async function updateNow(options: DrivenPage, url: string, timeout?: number): Promise<string> {
  const finished = () => options.evaluate((r: string) => Number(document.querySelector(r)!.getAttribute('data-updates-finished')), row(url));
  const before = await finished();
  await click(options, `${row(url)} [data-action="update-now"]`);
  await options.waitFor(([r, n]: [string, number]) => Number(document.querySelector(r)?.getAttribute('data-updates-finished')) > n, [row(url), before] as [string, number], timeout);
  return options.evaluate((r: string) => {
    const result = document.querySelector(`${r} [data-testid="update-result"]`);
    if (result) return result.getAttribute('data-outcome')!;
    return document.querySelector(`${r} [data-testid="sub-error"]`)?.getAttribute('data-code') ?? 'none';
  }, row(url));
}

export async function subscriptionState(options: DrivenPage, url: string): Promise<{ claims: number | null; version: string | null; error: string | null; errorText: string }> {
  return options.evaluate((r: string) => {
    const li = document.querySelector(r)!;
    const claims = li.querySelector('[data-testid="sub-claims"]');
    const error = li.querySelector('[data-testid="sub-error"]');
    return {
      claims: claims ? Number(claims.getAttribute('data-count')) : null,
      version: claims?.getAttribute('data-version') ?? null,
      error: error?.getAttribute('data-code') ?? null,
      errorText: error?.textContent ?? '',
    };
  }, row(url));
}

export async function unsubscribe(options: DrivenPage, url: string): Promise<void> {
  await click(options, `${row(url)} [data-action="unsubscribe"]`);
  await options.waitFor((r: string) => document.querySelector(r) === null, row(url));
}

/** Loads a fictional test page and returns the claims highlighted once its scan has finished. */
export async function claimsOn(ext: ExtensionBrowser, url: string): Promise<string[]> {
  const page = await ext.newPage(url);
  await page.waitFor((id: string) => document.querySelector(`recoupe-mark[data-recoupe-claim="${id}"]`) !== null, CONTROL_CLAIM);
  const claims = [...new Set((await readHighlights(page)).map((h) => h.claim))];
  await page.close();
  return claims;
}
