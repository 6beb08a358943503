import { test, expect } from './harness/test.ts';
import { launchWithExtension, type BrowserName } from './harness/browsers.ts';
import { markPoint, waitForHighlights } from './harness/highlights.ts';
import { makePageDark } from './harness/dark-page.ts';
import { passedRuleCount, seriousViolations } from './harness/axe.ts';
import type { DrivenPage } from './harness/driven-page.ts';
import type { ExtensionBrowser } from './harness/browsers.ts';

// axe-core over the card (in its open shadow root), the popup and the options page: no violation of
// serious or critical impact, light and dark.
const CARD = [['recoupe-card']] as const;
const CLAIM = 'syrian-army-seeks-to-break-kweires-siege';

async function openCardOf(page: DrivenPage, claimId: string): Promise<void> {
  const point = await markPoint(page, claimId);
  await page.click(point.x, point.y);
  await page.waitFor(() => document.querySelector('recoupe-card')?.shadowRoot?.querySelector('[data-testid="provenance"] svg') != null);
}

async function popupWithDetails(browser: ExtensionBrowser): Promise<DrivenPage> {
  const popup = await browser.openExtensionPage('popup.html');
  const toggle = `[data-claim="${CLAIM}"] .claim-toggle`;
  await popup.waitFor((s: string) => document.querySelector(s) !== null, toggle);
  await popup.evaluate((s: string) => (document.querySelector(s) as HTMLElement).click(), toggle);
  await popup.waitFor(() => document.querySelector('[data-testid="provenance"] svg') !== null);
  return popup;
}

async function optionsPage(browser: ExtensionBrowser): Promise<DrivenPage> {
  const options = await browser.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-testid="total-claims"]') !== null);
  return options;
}

test('axe finds no serious or critical violation in the card, on a light and on a dark page', async ({ ext, server }) => {
  const page = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(page, 17);
  await openCardOf(page, CLAIM);
  expect(await seriousViolations(page, CARD)).toEqual([]);
  expect(await passedRuleCount(page, CARD)).toBeGreaterThan(10);
  // The check reaches into the shadow root: a nameless button put there is reported (then removed).
  await page.evaluate(() => document.querySelector('recoupe-card')!.shadowRoot!.querySelector('.card')!.append(Object.assign(document.createElement('button'), { id: 'canary' })));
  expect((await seriousViolations(page, CARD)).map((v) => v.id)).toContain('button-name');
  await page.evaluate(() => document.querySelector('recoupe-card')!.shadowRoot!.getElementById('canary')!.remove());
  await page.press('Escape');
  await page.waitFor(() => document.querySelector('recoupe-card') === null);
  await makePageDark(page);
  await openCardOf(page, CLAIM);
  expect(await seriousViolations(page, CARD)).toEqual([]);
  await page.close();
});

test('axe finds no serious or critical violation in the popup (a claim expanded) and the options page', async ({ ext, server }) => {
  const page = await ext.newPage(server.url('/demo-article.html'));
  await waitForHighlights(page, 17);
  const popup = await popupWithDetails(ext);
  expect(await seriousViolations(popup)).toEqual([]);
  expect(await passedRuleCount(popup)).toBeGreaterThan(10);
  await popup.close();
  const options = await optionsPage(ext);
  expect(await seriousViolations(options)).toEqual([]);
  await options.close();
  await page.close();
});

test('axe finds no serious or critical violation in the popup and the options page with the browser in dark mode', async ({ server }, testInfo) => {
  const browser = await launchWithExtension(testInfo.project.name as BrowserName, { colorScheme: 'dark' });
  try {
    const page = await browser.newPage(server.url('/demo-article.html'));
    await waitForHighlights(page, 17);
    const popup = await popupWithDetails(browser);
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    const options = await optionsPage(browser);
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
    await page.close();
  } finally {
    await browser.close();
  }
});
